/**
 * Fills a message template: `{name}` takes `vars.name`; `{n|day|days}` takes the singular after `|` when
 * `vars.n` is 1 and the plural otherwise (English counts; Chinese templates have no such part).
 */
export function fillMessage(text: string, vars?: Record<string, string | number>): string {
  if (!vars) return text;
  return text.replace(
    /\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g,
    (match, name: string, one?: string, other?: string) => {
      if (!(name in vars)) return match;
      if (one === undefined) return String(vars[name]);
      return Math.abs(Number(vars[name])) === 1 ? one : (other ?? '');
    },
  );
}
