import { useI18n } from '../../app/i18n';

/** The law library's strings, zh-CN first (kept here, not in app/i18n.ts, to keep that file small). */
const MESSAGES = {
  title: ['法律法规库', 'Law library'],
  subtitle: [
    '国家法律、行政法规、司法解释、部门规章与典型案例，可按章节浏览、全文检索',
    'National laws, regulations, judicial interpretations, rules and cases: browse by chapter, search the text',
  ],
  searchPlaceholder: [
    '检索条文，如：离婚 财产、拖欠 工资（多个词用空格分开）',
    'Search articles, e.g. 离婚 财产',
  ],
  titlePlaceholder: ['按标题筛选', 'Filter by title'],
  allKinds: ['全部类别', 'All kinds'],
  allStatuses: ['全部效力', 'Any status'],
  current: ['现行有效', 'In force'],
  superseded: ['已被修订', 'Superseded'],
  colTitle: ['标题', 'Title'],
  colKind: ['类别', 'Kind'],
  colBody: ['制定机关', 'Issued by'],
  colVersion: ['版本日期', 'Version'],
  colEffective: ['施行日期', 'In force from'],
  colStatus: ['效力', 'Status'],
  colArticles: ['条数', 'Articles'],
  // 条数 0: decisions numbered 一、二、…, amendments, 罪名 lists, standards, cases (kept whole, not an error).
  notDivided: ['不分条', 'Not in articles'],
  notDividedHint: [
    '本件未按“第X条”分条，内容见全文',
    'Not divided into numbered articles (第X条): see the full text',
  ],
  hits: ['共 {n} 条结果', '{n} results'],
  hitsCapped: ['结果超过 {n} 条，仅显示效力层级最高的 {n} 条，请增加检索词', 'Over {n} results: add a word'],
  noHits: ['没有找到同时包含这些词的条文', 'No article holds all these words'],
  titleHits: ['标题含“{q}”的法律法规（{n} 件）：', 'Instruments titled with “{q}” ({n}):'],
  moreTitleHits: ['查看全部 {n} 件', 'All {n}'],
  importing: [
    '法律法规库正在导入（{done}/{total} 件），导入完成后即可检索',
    'Importing the library ({done}/{total})',
  ],
  importingStart: ['法律法规库正在导入，请稍候', 'The library is being imported'],
  empty: ['法律法规库尚未导入。可运行 npm run laws:import，或重启服务自动导入。', 'The library is empty.'],
  failed: ['法律法规库导入失败：{message}', 'Import failed: {message}'],
  back: ['返回列表', 'Back to the list'],
  contents: ['目录', 'Contents'],
  history: ['沿革', 'History'],
  versions: ['其他版本', 'Other versions'],
  openArticle: ['在法律法规库中打开', 'Open in the law library'],
  copyLink: ['复制链接', 'Copy link'],
  linkCopied: ['链接已复制', 'Link copied'],
  citationNotFound: ['法律法规库中未收录该法规', 'Not in the law library'],
  articleNotFound: ['未找到该条文', 'Article not found'],
  notInLibrary: ['不在法规库中', 'not in the law library'],
  passage: ['段落', 'Passage'],
} as const satisfies Record<string, readonly [string, string]>;

export type LawMessage = keyof typeof MESSAGES;

/** English names of the library's kinds (core/laws/instrument-meta.ts LAW_KINDS; the data is Chinese). */
const KIND_EN: Record<string, string> = {
  宪法: 'Constitution',
  宪法相关法: 'Constitutional laws',
  民法典: 'Civil Code',
  民法商法: 'Civil and commercial law',
  行政法: 'Administrative law',
  经济法: 'Economic law',
  社会法: 'Social law',
  刑法: 'Criminal law',
  诉讼与非诉讼程序法: 'Procedural law',
  行政法规: 'Administrative regulations',
  司法解释: 'Judicial interpretations',
  部门规章: 'Departmental rules',
  案例: 'Cases',
  其他: 'Other',
};

/** A kind as shown in the current locale (the Chinese kind is the value sent to the server). */
export function useLawKindLabel(): (kind: string) => string {
  const { locale } = useI18n();
  return (kind) => (locale === 'zh-CN' ? kind : (KIND_EN[kind] ?? kind));
}

export function useLawMessages(): (key: LawMessage, vars?: Record<string, string | number>) => string {
  const { locale } = useI18n();
  return (key, vars) => {
    const text = MESSAGES[key][locale === 'zh-CN' ? 0 : 1];
    return vars
      ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m))
      : text;
  };
}
