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
