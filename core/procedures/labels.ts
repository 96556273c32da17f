/**
 * Bilingual labels of a window procedure (zh-CN first, English second): its statuses, actions and every
 * enum value of its payloads, so forms generated from the payloads' JSON Schema never show a raw code
 * ('entrusted', 'court'). Each definition file exports one `ProcedureLabels` table next to its
 * vocabulary (single source: the Chinese reuses the definition's own tables where it has them); the
 * registry (core/procedures/registry.ts) pairs it with the definition and registry.test.ts fails when any
 * status, action or enum value of a registered procedure has no label.
 */

/** A label in Chinese and English. */
export type Bilingual = readonly [zh: string, en: string];

export interface ProcedureLabels<TStatus extends string = string, TAction extends string = string> {
  /** English name of each status (the Chinese is the definition's `statusLabels`). */
  statusesEn: Record<TStatus, string>;
  /** English name of each action (the Chinese is the definition's `actionLabels`). */
  actionsEn: Record<TAction, string>;
  /**
   * English name of each clock the procedure opens, by clock kind (the Chinese is the clock's own
   * `label`); {} for a procedure without clocks.
   */
  clocksEn: Record<string, string>;
  /** Every enum value of the procedure's payloads (code → [zh, en]); one meaning per code per procedure. */
  values: Record<string, Bilingual>;
}

type ZhEntry = string | { readonly label: string } | { readonly labelZh: string };

const zhOf = (entry: ZhEntry): string =>
  typeof entry === 'string' ? entry : 'label' in entry ? entry.label : entry.labelZh;

/**
 * Pairs a definition's Chinese vocabulary table (code → label, or code → { label | labelZh, … }) with
 * English names for the same codes (the type demands one for every code).
 */
export function pairLabels<K extends string>(
  zh: { readonly [P in K]: ZhEntry },
  en: { readonly [P in K]: string },
): Record<K, Bilingual> {
  const out = {} as Record<K, Bilingual>;
  for (const key of Object.keys(zh) as K[]) out[key] = [zhOf(zh[key]), en[key]];
  return out;
}
