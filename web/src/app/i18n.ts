/**
 * A tiny i18n for the staff console: zh-CN first (the source of truth), en-US second. Every string is a
 * `key: [zh-CN, en-US]` pair, so a missing English string is a type error: the console's shared strings live
 * here, a feature's own in features/<feature>/messages.ts, merged below into one typed table. Every request
 * names the UI's language (`x-lawhall-locale`, web/src/lib/api.ts), so server error messages come in it; data
 * that carries both languages (labels, conflict warnings) is picked here.
 */
import {
  createContext,
  createElement,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { AUDIT_MESSAGES } from '../features/audit/messages';
import { CALENDAR_MESSAGES } from '../features/calendar/messages';
import { HARDSHIP_MESSAGES } from '../features/hardship-standards/messages';
import { LAWYER_MESSAGES } from '../features/lawyers/messages';
import { ORGANISATION_MESSAGES } from '../features/organisations/messages';
import { QUEUE_SETTINGS_MESSAGES } from '../features/queue-settings/messages';
import { STAFF_MESSAGES } from '../features/staff/messages';
import { WINDOW_MESSAGES } from '../features/windows/messages';
import { setRequestLocale } from '../lib/api';
import { browserLanguages, chooseLocale, isHallScreen } from './locale-choice';
import { NAV_MESSAGES } from './nav-messages';

export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];

/** The strings the whole console shares: the shell, login, the home page and common buttons and checks. */
const SHARED_MESSAGES = {
  'app.hall': ['包头市公共法律服务中心', 'Baotou Public Legal Service Center'],
  'app.system': ['一厅通办业务系统', 'One-stop Hall System'],
  'app.bureau': ['包头市司法局', 'Baotou Municipal Justice Bureau'],
  'app.footer': [
    '包头市司法局 · 公共法律服务中心 一厅通办',
    'Baotou Municipal Justice Bureau · Public Legal Service Center',
  ],
  'app.language': ['English', '中文'],
  'app.languageTitle': ['切换语言', 'Switch language'],
  'app.logout': ['退出登录', 'Log out'],
  'app.loggedOut': ['已退出登录', 'Logged out'],
  'app.loading': ['加载中…', 'Loading…'],
  'app.notFound': ['页面不存在', 'Page not found'],
  'app.notFoundHint': ['您访问的页面不存在或已移动。', 'The page does not exist or has moved.'],
  'app.forbidden': ['无权访问', 'Access denied'],
  'app.forbiddenHint': [
    '您的账号没有访问此页面的权限，如需开通请联系系统管理员。',
    'Your account may not open this page. Ask the administrator if you need it.',
  ],
  'app.backHome': ['返回首页', 'Back to home'],
  'app.loadFailed': ['加载失败', 'Failed to load'],
  'app.retry': ['重试', 'Retry'],
  'app.orgUnknown': ['（机构）', '(organisation)'],
  'app.reminders': ['提醒', 'Reminders'],

  'login.title': ['工作人员登录', 'Staff sign-in'],
  'login.subtitle': ['一厅通办 · 为民服务', 'One-stop hall · Serving the people'],
  'login.username': ['用户名', 'Username'],
  'login.password': ['密码', 'Password'],
  'login.usernameRequired': ['请输入用户名', 'Enter your username'],
  'login.passwordRequired': ['请输入密码', 'Enter your password'],
  'login.submit': ['登录', 'Sign in'],
  'login.hint': [
    '请使用本人账号登录，离开座位时请退出登录。',
    'Use your own account and log out when you leave your desk.',
  ],
  'login.expired': ['登录已过期，请重新登录', 'Your session has expired; please sign in again'],

  'home.greeting': ['{name}，您好', 'Hello, {name}'],
  'home.intro': [
    '欢迎使用包头市公共法律服务中心一厅通办业务系统。今天是 {date}。',
    'Welcome to the one-stop hall system of the Baotou Public Legal Service Center. Today is {date}.',
  ],
  'home.tasks': ['常用功能', 'Shortcuts'],
  'home.comingSoon': ['即将上线', 'Coming soon'],
  'home.services': ['中心服务事项', 'Services of the hall'],
  'home.servicesHint': ['十个窗口，一厅通办', 'Ten windows, one hall'],
  'home.noTasks': [
    '您的账号暂无可用功能，请联系系统管理员分配角色。',
    'Your account has no functions yet; ask the administrator to assign a role.',
  ],

  'common.add': ['新增', 'Add'],
  'common.edit': ['编辑', 'Edit'],
  'common.save': ['保存', 'Save'],
  'common.cancel': ['取消', 'Cancel'],
  'common.delete': ['删除', 'Delete'],
  'common.confirmDelete': ['确定删除吗？', 'Delete this entry?'],
  'common.actions': ['操作', 'Actions'],
  'common.search': ['搜索', 'Search'],
  'common.reset': ['重置', 'Reset'],
  'common.refresh': ['刷新', 'Refresh'],
  'common.saved': ['已保存', 'Saved'],
  'common.deleted': ['已删除', 'Deleted'],
  'common.yes': ['是', 'Yes'],
  'common.no': ['否', 'No'],
  'common.active': ['启用', 'Active'],
  'common.inactive': ['停用', 'Inactive'],
  'common.status': ['状态', 'Status'],
  'common.org': ['所属机构', 'Organisation'],
  'common.total': ['共 {total} 条', '{total} in total'],
  'common.stale': ['已被他人修改，请刷新后重试', 'Someone else changed this record; refresh and try again'],
  'common.required': ['请填写{label}', 'Please enter the {label}'],
  'common.selectRequired': ['请选择{label}', 'Please select the {label}'],
  'common.readOnly': ['只读', 'Read only'],
  'common.none': ['—', '—'],
  'common.reason': ['原因', 'Reason'],
} satisfies Record<string, readonly [string, string]>;

/** Each table by where it lives; a key belongs to one table only (i18n.test.ts). */
export const MESSAGE_TABLES = {
  shared: SHARED_MESSAGES,
  nav: NAV_MESSAGES,
  organisations: ORGANISATION_MESSAGES,
  windows: WINDOW_MESSAGES,
  queueSettings: QUEUE_SETTINGS_MESSAGES,
  staff: STAFF_MESSAGES,
  lawyers: LAWYER_MESSAGES,
  calendar: CALENDAR_MESSAGES,
  hardshipStandards: HARDSHIP_MESSAGES,
  audit: AUDIT_MESSAGES,
};

/** The console's one table, read by `t(key)`. */
const MESSAGES = {
  ...SHARED_MESSAGES,
  ...NAV_MESSAGES,
  ...ORGANISATION_MESSAGES,
  ...WINDOW_MESSAGES,
  ...QUEUE_SETTINGS_MESSAGES,
  ...STAFF_MESSAGES,
  ...LAWYER_MESSAGES,
  ...CALENDAR_MESSAGES,
  ...HARDSHIP_MESSAGES,
  ...AUDIT_MESSAGES,
};

export type MessageKey = keyof typeof MESSAGES;

const STORAGE_KEY = 'lawhall.locale';

export type Vars = Record<string, string | number>;

/** The message for `key` in `locale`, with `{name}` placeholders filled from `vars`. */
export function translate(locale: Locale, key: MessageKey, vars?: Vars): string {
  const pair: readonly [string, string] | undefined = MESSAGES[key];
  return pair ? pairText(locale, pair, vars) : fillVars(key, vars);
}

/** The saved locale, else the browser's language on the console (chooseLocale, locale-choice.ts). */
export function initialLocale(): Locale {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(STORAGE_KEY);
  } catch {
    // storage blocked: no saved choice
  }
  return chooseLocale({ saved, languages: browserLanguages(), path: window.location.pathname });
}

export type Translate = (key: MessageKey, vars?: Vars) => string;

interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
}

const I18nContext = createContext<I18n>({
  locale: 'zh-CN',
  setLocale: () => {},
  t: (key, vars) => translate('zh-CN', key, vars),
});

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const initial = initialLocale();
    setRequestLocale(initial);
    return initial;
  });
  const setLocale = useCallback((next: Locale) => {
    setRequestLocale(next);
    setLocaleState(next);
    try {
      // A hall screen's choice is one visitor's, not the device's (locale-choice.ts isHallScreen).
      if (!isHallScreen(window.location.pathname)) localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // storage blocked: the choice lasts for this page only
    }
    document.documentElement.lang = next;
  }, []);
  const value = useMemo<I18n>(
    () => ({ locale, setLocale, t: (key, vars) => translate(locale, key, vars) }),
    [locale, setLocale],
  );
  return createElement(I18nContext.Provider, { value }, children);
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/**
 * The browser tab's title in `locale`: the page's name, then the hall's — `数据看板 · 包头市公共法律服务中心`,
 * `Dashboard · Baotou Public Legal Service Center` — or the hall's alone when there is no page name.
 */
export function documentTitle(locale: Locale, page?: string): string {
  const hall = translate(locale, 'app.hall');
  return page ? `${page} · ${hall}` : hall;
}

/**
 * Keeps the tab's title (`document.title`) to `documentTitle` in the current locale while the calling
 * screen is shown, following a change of language. One caller per screen: the console shell (the menu
 * entry's name, or the page's own from usePageTitle: 403, 404), the login page, the kiosk, the display board
 * and the phone pages' frame.
 */
export function useDocumentTitle(page?: string): void {
  const { locale } = useI18n();
  useEffect(() => {
    document.title = documentTitle(locale, page);
  }, [locale, page]);
}

/** A label in the current locale from a `{ zh, en }` pair (ROLE_LABELS) or a service definition. */
export function pick(locale: Locale, zh: string, en: string): string {
  return locale === 'zh-CN' ? zh : en;
}

// ---- Per-feature message tables (i18n of the staff pages) ----
// A feature keeps its strings in features/<feature>/messages.ts as `key: [zh-CN, en-US]` pairs (like
// features/laws) and reads them through useMessages, so this file stays small.

/** A feature's strings: each key maps to its zh-CN text (the source of truth) and its en-US text. */
export type MessagePairs = Record<string, readonly [string, string]>;

/** `{name}` placeholders of `text` filled from `vars`; unknown names stay as they are. */
export function fillVars(text: string, vars?: Vars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

/** The text of `pair` in `locale`. */
export function pairText(locale: Locale, pair: readonly [string, string], vars?: Vars): string {
  return fillVars(pair[locale === 'zh-CN' ? 0 : 1], vars);
}

/** A translate function over one feature's table, in the current locale. */
export function useMessages<T extends MessagePairs>(
  table: T,
): (key: keyof T & string, vars?: Vars) => string {
  const { locale } = useI18n();
  return useCallback(
    (key, vars) => pairText(locale, table[key] as readonly [string, string], vars),
    [locale, table],
  );
}

/** A code's label from a `code: [zh, en]` map, else `fallback` (e.g. the server's Chinese label), else the code. */
export function useCodeLabel(
  map: Record<string, readonly [string, string]>,
): (code: string | null | undefined, fallback?: string) => string {
  const { locale } = useI18n();
  return useCallback(
    (code, fallback) => {
      const pair = code ? map[code] : undefined;
      return pair ? pairText(locale, pair) : (fallback ?? code ?? '—');
    },
    [locale, map],
  );
}

/** `text` in brackets as the locale writes them: `（申请人）` in Chinese, ` (Applicant)` in English. */
export function inParens(locale: Locale, text: string): string {
  return locale === 'zh-CN' ? `（${text}）` : ` (${text})`;
}

/** `inParens` in the current locale. */
export function useParens(): (text: string) => string {
  const { locale } = useI18n();
  return useCallback((text) => inParens(locale, text), [locale]);
}

/** `tr(zh, en)`: an inline pair in the current locale (like `pick`), for one-off texts of a dialog or page. */
export function useTr(): (zh: string, en: string) => string {
  const { locale } = useI18n();
  return useCallback((zh, en) => pick(locale, zh, en), [locale]);
}
