/**
 * Notarization (公证), the hall's 'notarization' window. Sources: 公证法 (2017 text); 公证程序规则
 * (2006 令103, amended 2020) for 复查 as read in secondary extracts (rules.md §4, R27).
 *
 *   apply ─(appointment)→ booked ─arrive→ applied | ─cancel-appointment→ cancelled
 *   apply ─(walk-in, online)→ applied ─accept→ accepted (certificate clock: 15 working days, 第三十条)
 *   applied ─decline→ declined (不予受理)
 *   accepted ─pause→ paused ─resume→ accepted (补充材料、核实、不可抗力: not counted, 第三十条)
 *   accepted ─issue-certificate→ issued (needs the 第二十七条 explanation and the fee settled)
 *   accepted | paused ─refuse→ refused (第三十一条) ; applied … paused ─withdraw→ withdrawn
 *   issued ─request-review→ review-requested ─decide-review→ issued | revoked | correcting
 *   correcting ─issue-correction→ issued (公证法 第三十九条)
 * Materials (record-materials) and the fee (assess-fee, pay-fee) are recorded alongside. The action
 * handlers are in notarization-handlers.ts, the state and its rules in notarization-rules.ts.
 */
import { runClock } from './clock';
import { feeOutstanding } from './fee';
import { notarizationHandlers } from './notarization-handlers';
import {
  NOTARIZATION_ACTION_LABELS,
  NOTARIZATION_ACTION_SOURCES,
  NOTARIZATION_STATUS_LABELS,
} from './notarization-labels';
import {
  NOTARIZATION_ACTIONS,
  NOTARIZATION_STATUSES,
  notarizationSchemas as schemas,
} from './notarization-payload';
import {
  CORRECTION_DAYS,
  certificateClock,
  type NotarizationState,
  REVIEW_DECISION_DAYS,
} from './notarization-rules';
import { missingMaterials, notarialMatterType } from './notarization-vocabulary';
import { defineProcedure, neededKey } from './procedure-kit';

export * from './notarization-labels';
export * from './notarization-payload';
export * from './notarization-rules';
export * from './notarization-vocabulary';

const P = 'NOTARIZATION';

export const notarization = defineProcedure({
  service: 'notarization',
  nameZh: '公证',
  codePrefix: P,
  statuses: NOTARIZATION_STATUSES,
  statusLabels: NOTARIZATION_STATUS_LABELS,
  actions: NOTARIZATION_ACTIONS,
  actionLabels: NOTARIZATION_ACTION_LABELS,
  actionSources: NOTARIZATION_ACTION_SOURCES,
  openingAction: 'apply',
  allowedActions: {
    booked: ['arrive', 'cancel-appointment', 'record-materials'],
    applied: ['record-materials', 'accept', 'assess-fee', 'pay-fee', 'decline', 'withdraw'],
    accepted: [
      'record-materials',
      'record-explanation',
      'assess-fee',
      'pay-fee',
      'pause',
      'issue-certificate',
      'refuse',
      'withdraw',
    ],
    paused: [
      'record-materials',
      'record-explanation',
      'assess-fee',
      'pay-fee',
      'resume',
      'refuse',
      'withdraw',
    ],
    issued: ['request-review'],
    'review-requested': ['decide-review'],
    correcting: ['issue-correction'],
    refused: [],
    declined: [],
    withdrawn: [],
    cancelled: [],
    revoked: [],
  },
  actionRoles: {
    apply: ['window-clerk', 'notary', 'receptionist', 'party'],
    arrive: ['window-clerk', 'notary', 'receptionist'],
    'cancel-appointment': ['window-clerk', 'notary', 'party'],
    'record-materials': ['window-clerk', 'notary'],
    accept: ['notary'],
    'record-explanation': ['notary'],
    'assess-fee': ['notary'],
    'pay-fee': ['window-clerk', 'notary'],
    pause: ['notary'],
    resume: ['notary'],
    'issue-certificate': ['notary'],
    refuse: ['notary'],
    decline: ['notary'],
    withdraw: ['window-clerk', 'notary', 'party'],
    'request-review': ['window-clerk', 'notary', 'party'],
    'decide-review': ['notary'],
    'issue-correction': ['notary'],
  },
  payloadSchemas: schemas,
  closedStatuses: ['issued', 'refused', 'declined', 'withdrawn', 'cancelled', 'revoked'],
  initialState: (): NotarizationState => ({
    status: 'applied',
    openedAt: null,
    closed: false,
    lastActionAt: null,
    channel: null,
    appointmentDate: null,
    matterType: null,
    applicantName: null,
    byAgent: false,
    involvesImmovable: false,
    immovableInJurisdiction: null,
    legalAidEligible: false,
    appliedOn: null,
    acceptedOn: null,
    materialsReceived: [],
    explanationRecorded: false,
    fee: null,
    pauses: [],
    certificate: null,
    refusalGrounds: [],
    declineReason: null,
    review: null,
  }),
  handlers: notarizationHandlers,
  /**
   * 公证法 第二十七条第一款: the materials the matter's own checklist names, and of them the required ones
   * not yet received (acceptance waits for them).
   */
  choices: (state) =>
    state.matterType
      ? {
          'record-materials': {
            items: notarialMatterType(state.matterType).checklist.map((item) => item.code),
            [neededKey('items')]: missingMaterials(state.matterType, state.materialsReceived).map(
              (item) => item.code,
            ),
          },
        }
      : {},
  /** 公证法 第三十四条第一款: a fee is paid once assessed, while some of it is still due. */
  offers: (state, action) => action !== 'pay-fee' || feeOutstanding(state.fee) > 0,
  openClocks(state, { calendar, today }) {
    switch (state.status) {
      case 'accepted':
      case 'paused':
        return [certificateClock(state, calendar, today)];
      case 'review-requested':
        return state.review
          ? [
              runClock(
                {
                  kind: 'review-decision',
                  label: '作出复查决定',
                  startsAt: state.review.requestedOn,
                  amount: REVIEW_DECISION_DAYS,
                  basis: 'calendar-days',
                  source: '公证程序规则 第六十二条',
                  responsibleRole: 'notary',
                },
                { calendar, today },
              ),
            ]
          : [];
      case 'correcting':
        return state.review?.decidedOn
          ? [
              runClock(
                {
                  kind: 'correction',
                  label: '更正公证书',
                  startsAt: state.review.decidedOn,
                  amount: CORRECTION_DAYS,
                  basis: 'calendar-days',
                  source: '公证程序规则 第六十三条',
                  responsibleRole: 'notary',
                },
                { calendar, today },
              ),
            ]
          : [];
      default:
        return [];
    }
  },
});
