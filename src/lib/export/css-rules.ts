function nestedRules(rule: CSSRule): CSSRule[] {
  if (typeof CSSGroupingRule === "function" && rule instanceof CSSGroupingRule) {
    return Array.from(rule.cssRules);
  }
  // Style rules hold nested rules (CSS nesting, as Tailwind writes dark: variants in development).
  if (rule instanceof CSSStyleRule && rule.cssRules) return Array.from(rule.cssRules);
  return [];
}

/** Every rule of the document's readable stylesheets, nested rules included. */
export function documentCssRules(): CSSRule[] {
  const found: CSSRule[] = [];
  const visit = (rules: readonly CSSRule[]) => {
    for (const rule of rules) {
      found.push(rule);
      visit(nestedRules(rule));
    }
  };
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      visit(Array.from(sheet.cssRules));
    } catch {
      // A cross-origin stylesheet cannot be read; the app serves none, an extension might.
    }
  }
  return found;
}
