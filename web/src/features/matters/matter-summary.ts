import type { Locale } from '../../app/i18n';

/**
 * A matter's one-line summary in `locale`: the text told at opening as it was typed, or — when the opening
 * had none and the server fell back to the window's Chinese name (matter-store.ts `summaryOf`) — the
 * window's name in that language.
 */
export function matterSummaryIn(
  locale: Locale,
  procedures: readonly { service: string; nameZh: string; nameEn: string }[] | undefined,
  service: string,
  summary: string,
): string {
  if (locale === 'zh-CN') return summary;
  const procedure = procedures?.find((p) => p.service === service);
  return procedure && summary === procedure.nameZh ? procedure.nameEn : summary;
}

/** How many characters the server keeps of the opening's text in a matter's summary (matter-store.ts). */
const SUMMARY_CHARS = 100;

/**
 * The whole text a matter's summary was cut from: the longer opening field it begins with (the facts, the
 * question), else the summary itself — ending in '…' when the server shortened it and the whole text is
 * not at hand — so a cut never reads as if the text ended there.
 */
export function summaryInFull(summary: string, openingPayload: Record<string, unknown> | undefined): string {
  const whole = Object.values(openingPayload ?? {}).find(
    (v): v is string =>
      typeof v === 'string' && v.trim().length > summary.length && v.trim().startsWith(summary),
  );
  if (whole) return whole.trim();
  return [...summary].length >= SUMMARY_CHARS ? `${summary}…` : summary;
}
