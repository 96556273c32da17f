/**
 * Text shown to users in both of the app's languages (zh-CN first, English second). Rules that refuse
 * input write their message as a `Localized` at the place the rule is written (`fail(code, { zh, en },
 * field)`), so a rule cannot be added in one language only; the server picks the language of the request
 * (docs/api-conventions.md, "Error language").
 */

/** A message in Chinese and English. */
export interface Localized {
  readonly zh: string;
  readonly en: string;
}

/** The languages of error messages: Chinese (the default) and English. */
export type MessageLocale = 'zh' | 'en';

/** Shorthand for a Localized pair. */
export const text = (zh: string, en: string): Localized => ({ zh, en });

/** The message in `locale`. */
export function inLocale(message: Localized, locale: MessageLocale): string {
  return locale === 'en' ? message.en : message.zh;
}

/** CJK ideographs, CJK punctuation and full-width forms (what must never appear in English text). */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** True when `value` contains a Chinese character or Chinese punctuation. */
export function hasCjk(value: string): boolean {
  return CJK.test(value);
}

/**
 * The message locale a request asks for by its `x-lawhall-locale` header ('en', 'en-US' → English;
 * anything else or nothing → Chinese, the hall's working language).
 */
export function messageLocaleOf(header: string | readonly string[] | undefined): MessageLocale {
  const value = Array.isArray(header) ? header[0] : header;
  return typeof value === 'string' && /^en\b/i.test(value.trim()) ? 'en' : 'zh';
}
