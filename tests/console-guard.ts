/**
 * Console errors a test provokes on purpose (an error boundary catching a thrown page logs one).
 * The DOM setup fails any test on a console.error that matches none of these.
 */
const allowed: RegExp[] = [];

export function allowConsoleError(pattern: RegExp): void {
  allowed.push(pattern);
}

export function isAllowedConsoleError(text: string): boolean {
  return allowed.some((pattern) => pattern.test(text));
}

export function resetAllowedConsoleErrors(): void {
  allowed.length = 0;
}
