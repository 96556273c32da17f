/**
 * Labour-dispute arbitration (劳动争议仲裁), the hall's 'arbitration' window. Source: 劳动争议调解仲裁法
 * (2007; rules.md §7, R30). Plain "日" are calendar days, the last day rolling past rest days (§9).
 * Payloads in arbitration-payload.ts, state and clocks in arbitration-clocks.ts, the action handlers in
 * arbitration-handlers.ts, the application and each claim's limitation (第二十七条) in arbitration-apply.ts
 * and arbitration-rules.ts, labels in arbitration-labels.ts.
 *
 *   apply → applied ─accept→ accepted (5 days, 第二十九条) | ─refuse→ refused (written reasons)
 *   accepted: serve-respondent (5 days, 第三十条), notify-tribunal (5 days, 第三十二条),
 *             schedule-hearing (notice ≥ 5 days ahead, 第三十五条), extend (≤ 15 days, 第四十三条)
 *   accepted ─mediate→ mediated (第四十二条) | ─issue-award→ awarded (45 days, 第四十三条)
 *   awarded ─record-effective→ effective | ─record-lawsuit→ litigated (第四十八条至第五十条)
 *   refused, applied past 5 days, accepted past the award clock ─record-lawsuit→ litigated
 *   applied | accepted ─withdraw→ withdrawn (第三十六条、第四十一条)
 *
 * `flags.limitationExpired`: some claim was applied for after its own limitation ended (第二十七条; a
 * warning at registration, and acceptance then needs `limitationNote`).
 * `flags.advanceLegalAid` (法律援助法 第四十四条第一项; R30): on each action's day, a deadline of the
 * applicant (the limitation before acceptance, the time to sue or to apply to set aside after the
 * award) is fewer than 7 days away. `arbitrationAdvanceLegalAid` gives the same answer for any day.
 */
import {
  ACCEPTANCE_DAYS,
  ARBITRATION_ACTIONS,
  ARBITRATION_STATUSES,
  type ArbitrationState,
  acceptanceClock,
  applicantDeadlines,
  arbitrationAdvanceLegalAid,
  awardClock,
  dayClock,
} from './arbitration-clocks';
import { arbitrationHandlers } from './arbitration-handlers';
import { ARBITRATION_PAYLOADS as schemas } from './arbitration-payload';
import type { PeriodClock } from './clock';
import { defineProcedure } from './procedure-kit';

export * from './arbitration-apply';
export * from './arbitration-clocks';
export * from './arbitration-labels';
export * from './arbitration-payload';
export * from './arbitration-rules';

const P = 'ARBITRATION';
const LAW = '劳动争议调解仲裁法';

export const arbitration = defineProcedure({
  service: 'arbitration',
  nameZh: '劳动争议仲裁',
  codePrefix: P,
  statuses: ARBITRATION_STATUSES,
  statusLabels: {
    applied: '已申请，待受理',
    accepted: '已受理，审理中',
    awarded: '已裁决',
    mediated: '调解结案',
    refused: '不予受理',
    withdrawn: '已撤回',
    effective: '裁决已生效',
    litigated: '已诉至人民法院',
  },
  actions: ARBITRATION_ACTIONS,
  actionLabels: {
    apply: '申请仲裁',
    accept: '受理',
    refuse: '不予受理',
    'serve-respondent': '送达申请书副本',
    'notify-tribunal': '通知仲裁庭组成',
    'schedule-hearing': '通知开庭',
    extend: '延长审理期限',
    mediate: '调解结案',
    'issue-award': '作出裁决',
    withdraw: '撤回申请',
    'record-lawsuit': '登记起诉',
    'record-effective': '登记裁决生效',
  },
  actionSources: {
    apply: `${LAW} 第二十七条、第二十八条`,
    accept: `${LAW} 第二十九条`,
    refuse: `${LAW} 第二十九条`,
    'serve-respondent': `${LAW} 第三十条`,
    'notify-tribunal': `${LAW} 第三十一条、第三十二条`,
    'schedule-hearing': `${LAW} 第三十五条`,
    extend: `${LAW} 第四十三条第一款`,
    mediate: `${LAW} 第四十二条`,
    'issue-award': `${LAW} 第四十二条、第四十三条、第四十七条`,
    withdraw: `${LAW} 第三十六条、第四十一条`,
    'record-lawsuit': `${LAW} 第二十九条、第四十三条、第四十八条至第五十条`,
    'record-effective': `${LAW} 第四十七条、第五十条`,
  },
  openingAction: 'apply',
  allowedActions: {
    applied: ['accept', 'refuse', 'withdraw', 'record-lawsuit'],
    accepted: [
      'serve-respondent',
      'notify-tribunal',
      'schedule-hearing',
      'extend',
      'mediate',
      'issue-award',
      'withdraw',
      'record-lawsuit',
    ],
    awarded: ['record-lawsuit', 'record-effective'],
    mediated: [],
    refused: ['record-lawsuit'],
    withdrawn: [],
    effective: [],
    litigated: [],
  },
  actionRoles: {
    apply: ['window-clerk', 'party'],
    accept: ['window-clerk'],
    refuse: ['window-clerk'],
    'serve-respondent': ['window-clerk'],
    'notify-tribunal': ['window-clerk'],
    'schedule-hearing': ['window-clerk'],
    extend: ['window-clerk'],
    mediate: ['window-clerk'],
    'issue-award': ['window-clerk'],
    withdraw: ['window-clerk', 'party'],
    'record-lawsuit': ['window-clerk'],
    'record-effective': ['window-clerk'],
  },
  payloadSchemas: schemas,
  closedStatuses: ['mediated', 'refused', 'withdrawn', 'effective', 'litigated'],
  initialState: (): ArbitrationState => ({
    status: 'applied',
    openedAt: null,
    closed: false,
    lastActionAt: null,
    receivedOn: null,
    applicantSide: null,
    claims: [],
    limitation: null,
    acceptedOn: null,
    servedOn: null,
    tribunal: null,
    hearingOn: null,
    extensionDays: 0,
    award: null,
    lawsuit: null,
    flags: { advanceLegalAid: false, limitationExpired: false },
  }),
  handlers: arbitrationHandlers,
  derive: (state, context) => ({
    ...state,
    flags: {
      ...state.flags,
      advanceLegalAid: arbitrationAdvanceLegalAid(state, context.calendar, context.date),
    },
  }),
  openClocks(state, { calendar, today }) {
    switch (state.status) {
      case 'applied':
        return [acceptanceClock(state, calendar, today), ...applicantDeadlines(state, calendar, today)];
      case 'accepted': {
        const start = state.acceptedOn ?? today;
        const clocks: PeriodClock[] = [];
        const five = (kind: string, label: string, source: string) =>
          dayClock({ kind, label, startsAt: start, amount: ACCEPTANCE_DAYS, source }, calendar, today);
        if (state.servedOn === null)
          clocks.push(five('service', '送达仲裁申请书副本', `${LAW} 第三十条第一款`));
        if (state.tribunal === null)
          clocks.push(five('tribunal-notice', '书面通知仲裁庭组成', `${LAW} 第三十二条`));
        clocks.push(awardClock(state, calendar, today));
        return clocks;
      }
      case 'awarded':
        return applicantDeadlines(state, calendar, today);
      default:
        return [];
    }
  },
});
