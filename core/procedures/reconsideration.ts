/**
 * Administrative reconsideration (行政复议), the hall's 'reconsideration' window, under the 2023 law
 * (rules.md §5, R28; rules in reconsideration-rules.ts, clocks in reconsideration-clocks.ts, the action
 * handlers in reconsideration-handlers.ts).
 *
 *   apply → applied (review: 5 working days, 第三十条)
 *   applied ─accept→ accepted (ordinary or simple, 第五十三条) | ─refuse→ refused (within the review)
 *   applied ─deem-accepted→ accepted (system, once the review lapsed: 第三十条第三款)
 *   applied ─request-supplement→ supplementing (one notice within 5 working days, 第三十一条)
 *   supplementing ─receive-supplement→ applied (a new review from receipt) | ─deem-abandoned→ abandoned
 *   accepted: send-copy (7/3 working days), receive-answer, hear-opinions (第四十八条、第四十九条、第五十四条),
 *             convert-to-ordinary (第五十五条), extend (≤ 30 days, ordinary only, 第六十二条)
 *   accepted ─suspend→ suspended ─resume→ accepted (第三十九条; the decision clock stands still)
 *   accepted ─decide→ decided | ─mediate→ mediated | ─dismiss→ dismissed (第三十三条)
 *   applied … suspended ─terminate→ terminated (第四十一条)
 *
 * Deemed acceptance is both an action the sweep takes ('deem-accepted') and a status derived for any
 * day (`reconsiderationStatusOn`), so a view is right even before the sweep ran.
 */
import { defineProcedure } from './procedure-kit';
import {
  RECONSIDERATION_STATUSES,
  type ReconsiderationState,
  reconsiderationOpenClocks,
} from './reconsideration-clocks';
import { reconsiderationHandlers } from './reconsideration-handlers';
import { RECONSIDERATION_PAYLOADS as schemas } from './reconsideration-payload';

export * from './reconsideration-acceptance';
export * from './reconsideration-clocks';
export * from './reconsideration-labels';
export * from './reconsideration-payload';
export * from './reconsideration-rules';

const P = 'RECONSIDERATION';
const LAW = '行政复议法';

export const RECONSIDERATION_ACTIONS = [
  'apply',
  'accept',
  'deem-accepted',
  'refuse',
  'request-supplement',
  'extend-supplement',
  'receive-supplement',
  'deem-abandoned',
  'send-copy',
  'receive-answer',
  'hear-opinions',
  'convert-to-ordinary',
  'extend',
  'suspend',
  'resume',
  'decide',
  'mediate',
  'dismiss',
  'terminate',
] as const;
export type ReconsiderationAction = (typeof RECONSIDERATION_ACTIONS)[number];

export const reconsideration = defineProcedure({
  service: 'reconsideration',
  nameZh: '行政复议',
  codePrefix: P,
  statuses: RECONSIDERATION_STATUSES,
  statusLabels: {
    applied: '已申请，受理审查中',
    supplementing: '补正中',
    accepted: '已受理，审理中',
    suspended: '中止审理',
    decided: '已作出行政复议决定',
    mediated: '调解结案',
    refused: '不予受理',
    dismissed: '驳回申请',
    abandoned: '视为放弃申请',
    terminated: '终止行政复议',
  },
  actions: RECONSIDERATION_ACTIONS,
  actionLabels: {
    apply: '申请行政复议',
    accept: '受理',
    'deem-accepted': '审查期限届满视为受理',
    refuse: '不予受理',
    'request-supplement': '通知补正',
    'extend-supplement': '延长补正期限',
    'receive-supplement': '收到补正材料',
    'deem-abandoned': '逾期不补正视为放弃',
    'send-copy': '发送申请书副本',
    'receive-answer': '收到被申请人答复',
    'hear-opinions': '听取当事人意见',
    'convert-to-ordinary': '转为普通程序',
    extend: '延长审理期限',
    suspend: '中止',
    resume: '恢复审理',
    decide: '作出行政复议决定',
    mediate: '调解结案',
    dismiss: '驳回申请',
    terminate: '终止行政复议',
  },
  actionSources: {
    apply: `${LAW} 第二十条至第二十二条`,
    accept: `${LAW} 第三十条、第五十三条`,
    'deem-accepted': `${LAW} 第三十条第三款`,
    refuse: `${LAW} 第三十条第二款`,
    'request-supplement': `${LAW} 第三十一条第一款`,
    'extend-supplement': `${LAW} 第三十一条第二款`,
    'receive-supplement': `${LAW} 第三十一条第三款`,
    'deem-abandoned': `${LAW} 第三十一条第二款`,
    'send-copy': `${LAW} 第四十八条、第五十四条`,
    'receive-answer': `${LAW} 第四十八条、第五十四条`,
    'hear-opinions': `${LAW} 第四十九条`,
    'convert-to-ordinary': `${LAW} 第五十五条`,
    extend: `${LAW} 第六十二条第一款`,
    suspend: `${LAW} 第三十九条`,
    resume: `${LAW} 第三十九条第二款`,
    decide: `${LAW} 第六十一条至第六十九条`,
    mediate: `${LAW} 第七十三条`,
    dismiss: `${LAW} 第三十三条`,
    terminate: `${LAW} 第四十一条`,
  },
  openingAction: 'apply',
  allowedActions: {
    applied: ['accept', 'deem-accepted', 'refuse', 'request-supplement', 'terminate'],
    supplementing: ['extend-supplement', 'receive-supplement', 'deem-abandoned', 'terminate'],
    accepted: [
      'send-copy',
      'receive-answer',
      'hear-opinions',
      'convert-to-ordinary',
      'extend',
      'suspend',
      'decide',
      'mediate',
      'dismiss',
      'terminate',
    ],
    suspended: ['resume', 'receive-answer', 'terminate'],
    decided: [],
    mediated: [],
    refused: [],
    dismissed: [],
    abandoned: [],
    terminated: [],
  },
  actionRoles: {
    apply: ['window-clerk', 'party'],
    accept: ['window-clerk'],
    'deem-accepted': ['window-clerk'],
    refuse: ['window-clerk'],
    'request-supplement': ['window-clerk'],
    'extend-supplement': ['window-clerk'],
    'receive-supplement': ['window-clerk'],
    'deem-abandoned': ['window-clerk'],
    'send-copy': ['window-clerk'],
    'receive-answer': ['window-clerk'],
    'hear-opinions': ['window-clerk'],
    'convert-to-ordinary': ['bureau-leader'],
    extend: ['bureau-leader'],
    suspend: ['window-clerk'],
    resume: ['window-clerk'],
    decide: ['bureau-leader'],
    mediate: ['bureau-leader'],
    dismiss: ['bureau-leader'],
    terminate: ['window-clerk', 'bureau-leader'],
  },
  payloadSchemas: schemas,
  closedStatuses: ['decided', 'mediated', 'refused', 'dismissed', 'abandoned', 'terminated'],
  systemActions: ['deem-accepted', 'deem-abandoned'],
  initialState: (): ReconsiderationState => ({
    status: 'applied',
    openedAt: null,
    closed: false,
    lastActionAt: null,
    receivedOn: null,
    reviewStartsOn: null,
    window: null,
    amountFen: null,
    supplement: null,
    acceptedOn: null,
    deemedAccepted: false,
    procedure: null,
    copySentOn: null,
    answerReceivedOn: null,
    opinionsHeard: false,
    extensionDays: 0,
    pauses: [],
    suspensionGround: null,
    outcome: null,
    decidedLate: false,
  }),
  handlers: reconsiderationHandlers,
  openClocks: reconsiderationOpenClocks,
});
