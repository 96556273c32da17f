import type { Locale } from './i18n';

/**
 * Screens that start in the hall's language whatever the device's browser says or a console user chose: the
 * kiosk and the display board stand in the hall (the kiosk's 中文 / English button serves one foreign visitor,
 * is not remembered, and returns to Chinese after each ticket or when the visitor walks away), and the
 * citizens' phone pages (/m) are written in Chinese only.
 */
const HALL_SCREENS = ['/kiosk', '/display', '/m'];

/** Whether `path` (location.pathname) is a hall screen: it opens in Chinese and remembers no choice. */
export function isHallScreen(path: string): boolean {
  return HALL_SCREENS.some((screen) => path === screen || path.startsWith(`${screen}/`));
}

/**
 * The UI language a page opens in. Hall screens (isHallScreen) open in Chinese. On the staff console a
 * saved choice (the header's language button, stored under `lawhall.locale`) wins; without one, it follows
 * the browser: the first of its
 * preferred languages (`navigator.languages`, most preferred first) that is Chinese (`zh`, `zh-*`) or
 * English (`en`, `en-*`) decides, so an English browser opens in English; a browser preferring neither
 * opens in Chinese (zh-CN first).
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
  if (isHallScreen(path)) return 'zh-CN';
  if (saved === 'zh-CN' || saved === 'en-US') return saved;
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
