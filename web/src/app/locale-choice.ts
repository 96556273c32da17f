import type { Locale } from './i18n';

/**
 * Screens that start in the hall's language whatever the device's browser says: the kiosk and the display
 * board stand in the hall (the kiosk's 中文 / English button serves a foreign visitor, and it returns to
 * Chinese after each ticket), and the citizens' phone pages (/m) are written in Chinese only.
 */
const HALL_SCREENS = ['/kiosk', '/display', '/m'];

/**
 * The UI language a page opens in. A saved choice (the header's language button, stored under
 * `lawhall.locale`) always wins. Without one, the staff console follows the browser: the first of its
 * preferred languages (`navigator.languages`, most preferred first) that is Chinese (`zh`, `zh-*`) or
 * English (`en`, `en-*`) decides, so an English browser opens in English; a browser preferring neither,
 * and the hall screens, open in Chinese (zh-CN first).
 */
export function chooseLocale({
  saved,
  languages,
  path,
}: {
  /** The stored choice, as read from localStorage (anything else than a locale is ignored). */
  saved: string | null | undefined;
  /** BCP 47 tags, most preferred first (navigator.languages; browserLanguages()). */
  languages: readonly string[];
  /** The page's path (location.pathname). */
  path: string;
}): Locale {
  if (saved === 'zh-CN' || saved === 'en-US') return saved;
  if (HALL_SCREENS.some((screen) => path === screen || path.startsWith(`${screen}/`))) return 'zh-CN';
  for (const tag of languages) {
    const language = tag.toLowerCase().split('-')[0];
    if (language === 'zh') return 'zh-CN';
    if (language === 'en') return 'en-US';
  }
  return 'zh-CN';
}

/** The browser's preferred languages, most preferred first (empty outside a browser). */
export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  if (navigator.languages && navigator.languages.length > 0) return navigator.languages;
  return navigator.language ? [navigator.language] : [];
}
