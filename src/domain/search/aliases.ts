import type { Registries } from "@/data/model";
import { tokenise } from "@/domain/search/tokenise";

/**
 * Names that mean the same thing: an issuing body's acronym, English and Chinese names and
 * aliases (MIIT ↔ Ministry of Industry and Information Technology ↔ 工业和信息化部 ↔ 工信部), a
 * company's names (VW ↔ Volkswagen ↔ 大众汽车), a country's names and demonyms. Each name
 * becomes a phrase of terms; a phrase found in a document or a query stands for its entity key.
 */
export interface AliasTable {
  /** Phrases as a trie of terms: one walk from each position finds the longest name. */
  root: AliasNode;
  /** Every phrase of an entity, by key, for highlighting what an alias matched. */
  phrasesByKey: ReadonlyMap<string, readonly (readonly string[])[]>;
}

export interface AliasNode {
  next: Map<string, AliasNode>;
  /** Keys of the names that end here; usually one, two when entities share a name. */
  keys: string[];
}

export interface AliasMention {
  /** Index of the first term of the mention and how many terms it spans. */
  start: number;
  length: number;
  keys: readonly string[];
}

/** Entity keys start with "@", which the tokeniser never produces, so they cannot collide. */
export const entityKey = {
  issuer: (id: string) => `@issuer:${id}`,
  company: (id: string) => `@company:${id}`,
  country: (code: string) => `@country:${code}`,
};

/** The name's terms as the tokeniser splits a query (Chinese: bigrams only). */
export function toAliasTerms(name: string): string[] {
  return tokenise(name, { isQuery: true }).map((token) => token.term);
}

/** Collects every name in the registries into a trie of phrases keyed by entity. */
export function buildAliasTable(registries: Registries): AliasTable {
  const root: AliasNode = { next: new Map(), keys: [] };
  const phrasesByKey = new Map<string, string[][]>();
  const add = (key: string, names: readonly (string | null)[]) => {
    const own = new Map<string, string[]>();
    for (const name of names) {
      const terms = name ? toAliasTerms(name) : [];
      if (terms.length === 0) continue;
      let node = root;
      for (const term of terms) {
        let child = node.next.get(term);
        if (!child) {
          child = { next: new Map(), keys: [] };
          node.next.set(term, child);
        }
        node = child;
      }
      if (!node.keys.includes(key)) node.keys.push(key);
      own.set(terms.join(" "), terms);
    }
    phrasesByKey.set(key, [...own.values()]);
  };
  for (const body of registries.issuingBodies)
    add(entityKey.issuer(body.id), [body.acronym, body.nameEn, body.nameZh, ...body.aliases]);
  for (const company of registries.companies)
    add(entityKey.company(company.id), [company.name, company.nameZh, ...company.aliases]);
  for (const country of registries.countries)
    add(entityKey.country(country.code), [country.nameEn, country.nameZh, ...country.demonyms]);
  return { root, phrasesByKey };
}

/** Names found in a term sequence, leftmost-longest and without overlaps. */
export function findAliasMentions(table: AliasTable, terms: readonly string[]): AliasMention[] {
  const mentions: AliasMention[] = [];
  let at = 0;
  while (at < terms.length) {
    let node = table.root.next.get(terms[at] ?? "");
    let best: AliasMention | null = null;
    for (let length = 1; node; length += 1) {
      if (node.keys.length > 0) best = { start: at, length, keys: node.keys };
      node = node.next.get(terms[at + length] ?? "");
    }
    if (best) mentions.push(best);
    at += best ? best.length : 1;
  }
  return mentions;
}
