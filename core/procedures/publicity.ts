/**
 * Legal publicity (法治宣传), the 'publicity' window: handing out materials and booking a lecture.
 * The duty rests on 宪法 第二十四条 (the state spreads 法制教育); lectures for schools also on
 * 未成年人保护法 第一百一十五条 (司法行政部门 run legal education for minors). The lecture tours
 * themselves belong to the dashboard.
 *
 *   request(materials) → materials-requested ─hand-out→ materials-handed-out
 *   request(lecture) → lecture-requested ─schedule→ lecture-scheduled ─deliver→ lecture-delivered
 *   lecture-scheduled ─reschedule→ lecture-scheduled ; requested | scheduled ─cancel→ lecture-cancelled
 *   lecture-requested ─decline→ lecture-declined
 *
 * No statutory clock: no law sets a period for these; the agreed lecture date is data in the state.
 */
import { normalizePhone } from '@core/identity/phone';
import { z } from 'zod';
import { type ProcedureLabels, pairLabels } from './labels';
import { zChoice, zCount, zDate, zList, zPhone, zText, zTime, zWritten } from './payload-kit';
import { defineProcedure, fail, type MatterState, ok } from './procedure-kit';

const P = 'PUBLICITY';

export const PUBLICITY_STATUSES = [
  'materials-requested',
  'materials-handed-out',
  'lecture-requested',
  'lecture-scheduled',
  'lecture-delivered',
  'lecture-cancelled',
  'lecture-declined',
] as const;
export type PublicityStatus = (typeof PUBLICITY_STATUSES)[number];

export const PUBLICITY_ACTIONS = [
  'request',
  'hand-out',
  'schedule',
  'reschedule',
  'deliver',
  'cancel',
  'decline',
] as const;
export type PublicityAction = (typeof PUBLICITY_ACTIONS)[number];

/** Lecture topics, with the law behind each where one names the subject. */
export const LECTURE_TOPICS = {
  constitution: { label: '宪法', article: '宪法 第二十四条' },
  'civil-code': { label: '民法典', article: '宪法 第二十四条' },
  'anti-fraud': { label: '反电信网络诈骗', article: '宪法 第二十四条' },
  minors: { label: '未成年人保护', article: '未成年人保护法 第一百一十五条' },
  labour: { label: '劳动者权益保障', article: '宪法 第二十四条' },
  'legal-aid': { label: '法律援助', article: '法律援助法 第十条' },
  rural: { label: '乡村振兴与农牧民权益', article: '乡村振兴促进法 第四十八条' },
  'anti-drug': { label: '禁毒', article: '宪法 第二十四条' },
  other: { label: '其他', article: '宪法 第二十四条' },
} as const;
export type LectureTopic = keyof typeof LECTURE_TOPICS;

interface Item {
  title: string;
  copies: number;
}

export interface PublicityState extends MatterState<PublicityStatus> {
  kind: 'materials' | 'lecture' | null;
  requested: Item[];
  handedOut: Item[];
  topic: LectureTopic | null;
  preferredDates: string[];
  lecture: {
    date: string;
    startTime: string;
    lecturerName: string;
    location: string;
    rescheduled: number;
  } | null;
  delivered: { on: string; attendance: number } | null;
  cancelledBy: 'requester' | 'center' | null;
}

const items = (label: string) =>
  zList(z.object({ title: zText('资料名称', 100), copies: zCount('份数', 1, 100_000) }), label, 50).refine(
    (list) => new Set(list.map((item) => item.title)).size === list.length,
    `${label}有重复`,
  );
const time = zTime('开始时间');

const schemas = {
  request: z.discriminatedUnion(
    'kind',
    [
      z.object({
        kind: z.literal('materials'),
        requester: zText('领取人或者单位', 200),
        items: items('申领的资料'),
      }),
      z.object({
        kind: z.literal('lecture'),
        organisation: zText('预约单位', 200),
        contactName: zText('联系人', 50),
        contactPhone: zPhone('联系电话'),
        topic: zChoice(Object.keys(LECTURE_TOPICS) as [LectureTopic], '讲座主题'),
        audience: zChoice(['community', 'school', 'enterprise', 'rural', 'agency', 'other'], '听众类别'),
        expectedAudience: zCount('预计人数', 1, 100_000),
        preferredDates: zList(zDate('希望的日期', { notBefore: 'today' }), '希望的日期', 10),
        location: zText('地点', 200),
      }),
    ],
    { error: '请选择领取资料或者预约讲座' },
  ),
  'hand-out': z.object({ items: items('发放的资料') }),
  schedule: z.object({
    date: zDate('讲座日期', { notBefore: 'today' }),
    startTime: time,
    lecturerName: zText('主讲人', 50),
    location: zText('地点', 200),
  }),
  reschedule: z.object({
    date: zDate('讲座日期', { notBefore: 'today' }),
    startTime: time,
    reason: zText('改期原因', 500),
  }),
  deliver: z.object({
    deliveredOn: zDate('举办日期', { notAfter: 'today' }),
    attendance: zCount('实到人数', 0, 100_000),
    summary: zText('讲座情况', 2000),
  }),
  cancel: z.object({ by: zChoice(['requester', 'center'], '取消方'), reason: zText('取消原因', 500) }),
  decline: z.object({ reason: zWritten('无法安排的原因') }),
};

export const publicity = defineProcedure({
  service: 'publicity',
  nameZh: '法治宣传',
  codePrefix: P,
  statuses: PUBLICITY_STATUSES,
  statusLabels: {
    'materials-requested': '待发放资料',
    'materials-handed-out': '资料已发放',
    'lecture-requested': '讲座待安排',
    'lecture-scheduled': '讲座已排期',
    'lecture-delivered': '讲座已举办',
    'lecture-cancelled': '讲座已取消',
    'lecture-declined': '讲座无法安排',
  },
  actions: PUBLICITY_ACTIONS,
  actionLabels: {
    request: '领取资料或者预约讲座',
    'hand-out': '发放资料',
    schedule: '安排讲座',
    reschedule: '讲座改期',
    deliver: '登记讲座举办',
    cancel: '取消讲座',
    decline: '无法安排讲座',
  },
  actionSources: {
    request: '宪法 第二十四条',
    'hand-out': '宪法 第二十四条',
    schedule: '',
    reschedule: '',
    deliver: '宪法 第二十四条',
    cancel: '',
    decline: '',
  },
  openingAction: 'request',
  allowedActions: {
    'materials-requested': ['hand-out'],
    'materials-handed-out': [],
    'lecture-requested': ['schedule', 'cancel', 'decline'],
    'lecture-scheduled': ['reschedule', 'deliver', 'cancel'],
    'lecture-delivered': [],
    'lecture-cancelled': [],
    'lecture-declined': [],
  },
  actionRoles: {
    request: ['receptionist', 'window-clerk', 'training-officer', 'party'],
    'hand-out': ['window-clerk', 'receptionist'],
    schedule: ['window-clerk', 'training-officer'],
    reschedule: ['window-clerk', 'training-officer'],
    deliver: ['window-clerk', 'training-officer'],
    cancel: ['window-clerk', 'training-officer', 'party'],
    decline: ['window-clerk', 'training-officer'],
  },
  payloadSchemas: schemas,
  closedStatuses: ['materials-handed-out', 'lecture-delivered', 'lecture-cancelled', 'lecture-declined'],
  initialState: (): PublicityState => ({
    status: 'materials-requested',
    openedAt: null,
    closed: false,
    lastActionAt: null,
    kind: null,
    requested: [],
    handedOut: [],
    topic: null,
    preferredDates: [],
    lecture: null,
    delivered: null,
    cancelledBy: null,
  }),
  handlers: {
    request(state, p, _context) {
      if (p.kind === 'materials')
        return ok({ ...state, status: 'materials-requested', kind: 'materials', requested: p.items });
      const phone = normalizePhone(p.contactPhone);
      if (!phone.ok)
        return fail(
          `${P}.PHONE_INVALID`,
          { zh: phone.message, en: 'The contact phone number is not valid' },
          'contactPhone',
        );
      return ok({
        ...state,
        status: 'lecture-requested',
        kind: 'lecture',
        topic: p.topic,
        preferredDates: [...p.preferredDates].sort(),
      });
    },
    /** Only what was asked for, and no more copies than asked. */
    'hand-out'(state, p) {
      for (const [index, item] of p.items.entries()) {
        const asked = state.requested.find((r) => r.title === item.title);
        if (!asked)
          return fail(
            `${P}.MATERIAL_NOT_REQUESTED`,
            {
              zh: `“${item.title}”不在申领的资料中`,
              en: 'This item is not among the materials requested',
            },
            `items.${index}.title`,
          );
        if (item.copies > asked.copies)
          return fail(
            `${P}.MORE_THAN_REQUESTED`,
            {
              zh: `“${item.title}”申领 ${asked.copies} 份，不能多发`,
              en: `Only ${asked.copies} copies of this item were requested; no more can be handed out`,
            },
            `items.${index}.copies`,
          );
      }
      return ok({ ...state, status: 'materials-handed-out', handedOut: p.items });
    },
    schedule(state, p, _context) {
      return ok({
        ...state,
        status: 'lecture-scheduled',
        lecture: {
          date: p.date,
          startTime: p.startTime,
          lecturerName: p.lecturerName,
          location: p.location,
          rescheduled: 0,
        },
      });
    },
    reschedule(state, p) {
      return ok({
        ...state,
        lecture: state.lecture && {
          ...state.lecture,
          date: p.date,
          startTime: p.startTime,
          rescheduled: state.lecture.rescheduled + 1,
        },
      });
    },
    /** Held on the scheduled date (reschedule first otherwise), recorded on or after it. */
    deliver(state, p, _context) {
      if (p.deliveredOn !== state.lecture?.date)
        return fail(
          `${P}.NOT_ON_SCHEDULED_DATE`,
          {
            zh: `讲座排期为 ${state.lecture?.date ?? '未定'}，日期有变的请先改期`,
            en: `The lecture is scheduled for ${state.lecture?.date ?? 'a date not yet set'}; reschedule it first if the date changed`,
          },
          'deliveredOn',
        );
      return ok({
        ...state,
        status: 'lecture-delivered',
        delivered: { on: p.deliveredOn, attendance: p.attendance },
      });
    },
    cancel: (state, p) => ok({ ...state, status: 'lecture-cancelled', cancelledBy: p.by }),
    decline: (state) => ok({ ...state, status: 'lecture-declined' }),
  },
  openClocks: () => [],
});

/** Bilingual labels of the legal publicity window (core/procedures/labels.ts). */
export const PUBLICITY_LABELS: ProcedureLabels<PublicityStatus, PublicityAction> = {
  clocksEn: {},
  statusesEn: {
    'materials-requested': 'Materials to hand out',
    'materials-handed-out': 'Materials handed out',
    'lecture-requested': 'Lecture to schedule',
    'lecture-scheduled': 'Lecture scheduled',
    'lecture-delivered': 'Lecture delivered',
    'lecture-cancelled': 'Lecture cancelled',
    'lecture-declined': 'Lecture not possible',
  },
  actionsEn: {
    request: 'Request materials or a lecture',
    'hand-out': 'Hand out materials',
    schedule: 'Schedule lecture',
    reschedule: 'Reschedule lecture',
    deliver: 'Record lecture delivered',
    cancel: 'Cancel lecture',
    decline: 'Decline lecture',
  },
  values: {
    ...pairLabels(LECTURE_TOPICS, {
      constitution: 'Constitution',
      'civil-code': 'Civil Code',
      'anti-fraud': 'Anti-fraud',
      minors: 'Protection of minors',
      labour: "Workers' rights",
      'legal-aid': 'Legal aid',
      rural: 'Rural revitalisation',
      'anti-drug': 'Anti-drug',
      other: 'Other',
    }),
    community: ['社区', 'Community'],
    school: ['学校', 'School'],
    enterprise: ['企业', 'Enterprise'],
    agency: ['机关单位', 'Government agency'],
    requester: ['预约方', 'Requester'],
    center: ['中心', 'The centre'],
    materials: ['领取普法资料', 'Legal publicity materials'],
    lecture: ['预约法治讲座', 'Booking a lecture'],
  },
};
