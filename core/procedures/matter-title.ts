/**
 * A window matter's title for lists, the matter page, "my deadlines" and search results: the window's
 * name, the parties on each side and the kind of matter, e.g. '劳动争议仲裁 · 张三 诉 某某公司',
 * '人民调解 · 李四 与 王五（邻里纠纷）', '公证 · 赵六（继承）'. One generic rule for the nine windows,
 * driven by the parties' roles and the state's kind field (labelled by the procedure's own value labels).
 * Pure: the caller passes the parties (in their order), the folded state and the one-line summary.
 */
import { getService } from '@core/queue/services';
import { getProcedure, type MatterService } from './registry';

export type TitleLocale = 'zh' | 'en';

export interface TitleInput {
  service: MatterService;
  /** The matter's parties in order (name and role: applicant, respondent, agent …). */
  parties: readonly { name: string; role: string }[];
  /** The folded state (its kind field, and the applicant's name when no party is recorded). */
  state: Record<string, unknown>;
  /** The opening's one-line summary (matter-store.ts summaryOf); the window's Chinese name when none. */
  summary?: string;
}

/** Roles of the side that sets the matter going, and of the other side; agents and third parties are left out. */
const FIRST_SIDE = ['applicant', 'client', 'complainant'];
const OTHER_SIDE = ['respondent', 'opposing-party'];
/** Windows where one side brings a claim against the other (仲裁、行政复议): '诉' rather than '与'. */
const ADVERSARIAL: readonly MatterService[] = ['arbitration', 'reconsideration'];
/** State fields that say what kind of matter it is (纠纷类型、公证事项 …), first found wins. */
const KIND_FIELDS = ['disputeKind', 'matterType', 'serviceKind', 'kind', 'category'];
/** Names shown per side before '等'. */
const NAMES_PER_SIDE = 2;

const WORDS = {
  zh: { dot: ' · ', against: ' 诉 ', and: ' 与 ', list: '、', more: '等', open: '（', close: '）' },
  en: { dot: ' · ', against: ' v. ', and: ' and ', list: ', ', more: ' et al.', open: ' (', close: ')' },
} as const;

function side(names: readonly string[], locale: TitleLocale): string {
  const w = WORDS[locale];
  const shown = names.slice(0, NAMES_PER_SIDE).join(w.list);
  return names.length > NAMES_PER_SIDE ? `${shown}${w.more}` : shown;
}

/** The kind of the matter in `locale` (the value's label), when the state names one the procedure labels. */
function kindOf(input: TitleInput, locale: TitleLocale): string | undefined {
  const { labels } = getProcedure(input.service);
  for (const key of KIND_FIELDS) {
    const value = input.state[key];
    const label = typeof value === 'string' ? labels.values[value] : undefined;
    if (label) return label[locale === 'zh' ? 0 : 1];
  }
  return undefined;
}

/** The matter's title in `locale` (see the file comment); never empty. */
export function matterTitle(input: TitleInput, locale: TitleLocale): string {
  const w = WORDS[locale];
  const info = getService(input.service);
  const name = locale === 'zh' ? info.nameZh : info.nameEn;
  const first = input.parties.filter((p) => FIRST_SIDE.includes(p.role)).map((p) => p.name);
  const other = input.parties.filter((p) => OTHER_SIDE.includes(p.role)).map((p) => p.name);
  if (first.length === 0 && typeof input.state.applicantName === 'string' && input.state.applicantName !== '')
    first.push(input.state.applicantName);
  const joint = ADVERSARIAL.includes(input.service) ? w.against : w.and;
  const sides = [first, other]
    .filter((names) => names.length > 0)
    .map((names) => side(names, locale))
    .join(joint);
  const kind = kindOf(input, locale);
  const summary = input.summary?.trim();
  const subject = sides || (summary && summary !== info.nameZh ? [...summary].slice(0, 30).join('') : '');
  if (!subject) return kind ? `${name}${w.dot}${kind}` : name;
  return `${name}${w.dot}${subject}${kind ? `${w.open}${kind}${w.close}` : ''}`;
}
