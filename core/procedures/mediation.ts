/**
 * People's mediation (人民调解), the 'mediation' window. Source: 人民调解法 (2010; rules.md §3, §11.2).
 *
 *   apply(both parties) → accepted ; apply(one party / committee / court / police) → awaiting-consent
 *   awaiting-consent ─other-party-consents→ accepted | ─party-refuses→ refused (第十七条: no case)
 *   accepted ─assign-mediator→ mediating ─hold-session→ mediating ─continue-past-month→ mediating
 *   mediating ─draft-agreement(written)→ agreement-drafted ─sign-agreement→ performing
 *   mediating ─draft-agreement(oral)→ performing (第二十八条、第三十条)
 *   mediating | agreement-drafted ─fail→ failed (第二十六条: routes advised) ; ─party-refuses→ failed (第二十三条)
 *   performing ─record-confirmation→ performing ─follow-up(performed)→ concluded (第三十一条、第三十三条)
 *   any open status before an agreement ─withdraw→ withdrawn
 *
 * Clocks: one month for an open case (人民调解工作若干规定 (MoJ 2002) 第三十三条: generally concluded
 * within one month; continuing needs both parties' consent — R23, the local rule is UNCONFIRMED), the
 * 30-day joint judicial-confirmation window after the agreement takes effect (人民调解法 第三十三条;
 * 民事诉讼法 第二百零五条), and a return visit (第三十一条: the committee supervises performance;
 * RETURN_VISIT_DAYS is hall practice, not statutory). Mediation is free (第四条): no fee fields.
 * State and clocks in mediation-clocks.ts, the action handlers in mediation-handlers.ts.
 */
import { type MediationState, mediationOpenClocks } from './mediation-clocks';
import { mediationHandlers } from './mediation-handlers';
import { MEDIATION_ACTIONS, MEDIATION_STATUSES, mediationSchemas as schemas } from './mediation-payload';
import { defineProcedure } from './procedure-kit';

export * from './mediation-clocks';
export * from './mediation-labels';
export * from './mediation-payload';

const P = 'MEDIATION';
const LAW = '人民调解法';

export const mediation = defineProcedure({
  service: 'mediation',
  nameZh: '人民调解',
  codePrefix: P,
  statuses: MEDIATION_STATUSES,
  statusLabels: {
    'awaiting-consent': '待对方当事人同意',
    accepted: '已受理',
    mediating: '调解中',
    'agreement-drafted': '协议待签署',
    performing: '协议履行中',
    concluded: '已办结',
    failed: '调解不成',
    refused: '当事人拒绝调解',
    withdrawn: '已撤回',
  },
  actions: MEDIATION_ACTIONS,
  actionLabels: {
    apply: '申请调解',
    'other-party-consents': '对方当事人同意调解',
    'party-refuses': '当事人拒绝调解',
    'assign-mediator': '确定调解员',
    'hold-session': '记录调解',
    'continue-past-month': '经双方同意继续调解',
    'draft-agreement': '拟定调解协议',
    'sign-agreement': '签署调解协议',
    fail: '终止调解（调解不成）',
    'record-confirmation': '登记司法确认申请',
    'follow-up': '回访',
    withdraw: '撤回',
  },
  actionSources: {
    apply: `${LAW} 第十七条、第十八条`,
    'other-party-consents': `${LAW} 第十七条`,
    'party-refuses': `${LAW} 第十七条、第二十三条`,
    'assign-mediator': `${LAW} 第十九条、第二十条`,
    'hold-session': `${LAW} 第二十七条`,
    'continue-past-month': '人民调解工作若干规定 第三十三条',
    'draft-agreement': `${LAW} 第二十八条、第二十九条`,
    'sign-agreement': `${LAW} 第二十九条`,
    fail: `${LAW} 第二十六条`,
    'record-confirmation': `${LAW} 第三十三条`,
    'follow-up': `${LAW} 第三十一条`,
    withdraw: `${LAW} 第二十三条`,
  },
  openingAction: 'apply',
  allowedActions: {
    'awaiting-consent': ['other-party-consents', 'party-refuses', 'withdraw'],
    accepted: ['assign-mediator', 'party-refuses', 'withdraw'],
    mediating: [
      'hold-session',
      'continue-past-month',
      'draft-agreement',
      'fail',
      'party-refuses',
      'withdraw',
    ],
    'agreement-drafted': ['sign-agreement', 'draft-agreement', 'fail', 'party-refuses', 'withdraw'],
    performing: ['record-confirmation', 'follow-up'],
    concluded: ['follow-up'],
    failed: [],
    refused: [],
    withdrawn: [],
  },
  actionRoles: {
    apply: ['mediator', 'window-clerk', 'receptionist', 'party'],
    'other-party-consents': ['mediator', 'window-clerk'],
    'party-refuses': ['mediator', 'window-clerk'],
    'assign-mediator': ['mediator', 'window-clerk'],
    'hold-session': ['mediator'],
    'continue-past-month': ['mediator'],
    'draft-agreement': ['mediator'],
    'sign-agreement': ['mediator'],
    fail: ['mediator'],
    'record-confirmation': ['mediator', 'window-clerk'],
    'follow-up': ['mediator', 'window-clerk'],
    withdraw: ['mediator', 'window-clerk', 'party'],
  },
  payloadSchemas: schemas,
  closedStatuses: ['concluded', 'failed', 'refused', 'withdrawn'],
  initialState: (): MediationState => ({
    status: 'awaiting-consent',
    openedAt: null,
    closed: false,
    lastActionAt: null,
    disputeKind: null,
    initiatedBy: null,
    appliedOn: null,
    allPartiesConsent: false,
    acceptedOn: null,
    mediator: null,
    invitedParticipants: [],
    sessions: [],
    continuedWithConsentOn: null,
    agreement: null,
    failure: null,
    refusedBy: null,
    judicialConfirmation: null,
    followUps: [],
  }),
  handlers: mediationHandlers,
  openClocks: mediationOpenClocks,
});
