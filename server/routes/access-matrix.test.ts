/**
 * The role × route access matrix: every route the app registers, the permission it demands, and a sample
 * request. For each route the test sends the sample anonymously (expects 401, or not 401/403 for a public
 * route) and as each of the 11 roles (expects 403 for a role lacking the permission, anything but
 * 401/403/5xx for a role holding it). It FAILS when a registered route has no entry, or an entry no route.
 *
 * Adding a route = adding one line to MATRIX:
 *   'GET /api/things': 'thing.read',
 *   'POST /api/things': ['thing.manage', { body: { name: '某物' } }],
 *   'PATCH /api/things/:id': ['thing.manage', { url: (f) => `/api/things/${f.thingId}`, body: { version: 1 } }],
 * - access: a Permission from core/access, 'authenticated' (any logged-in user) or 'public';
 * - url: defaults to the route path with every `:param` replaced by a random UUID (a 404 for the holders
 *   of the permission is fine: this test is about 401/403);
 * - body: required when the route validates one, because Fastify validates the body BEFORE the
 *   `preHandler` permission check (an invalid sample shows up as 400 instead of 401/403);
 * - fresh: log in a new user of the role for this request (for routes that end the session).
 * Fixtures (`f`) live in `beforeAll`; add one there when a sample needs a real row.
 */

import { can, type Permission, ROLES, type Role } from '@core/access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registeredRoutes } from '../app';
import { organisations, windows } from '../db/schema/index';
import { buildTestApp, TEST_PASSWORD, type TestApp, type TestClient } from '../test/app';

interface Fixtures {
  cityId: string;
  centerId: string;
  countyId: string;
  /** A law firm under the city bureau (version 1). */
  orgId: string;
  /** Window 90 of the city center (version 1). */
  windowId: string;
  /** A mediator account in the city center (version 1). */
  staffId: string;
  /** Username of an account (password TEST_PASSWORD) used to sample the login route. */
  loginUsername: string;
}
type Access = Permission | 'authenticated' | 'public';
interface Sample {
  url?: string | ((f: Fixtures) => string);
  body?: unknown;
  fresh?: boolean;
}
type Entry = Access | [Access, Sample];

const MATRIX: Record<string, Entry> = {
  // system and API reference
  'GET /api/health': 'public',
  'GET /api/metrics': 'public',
  'GET /api/public-config': 'public',
  'GET /api/docs': 'public',
  'GET /api/docs/json': 'public',
  'GET /api/docs/yaml': 'public',
  'GET /api/docs/static/index.html': 'public',
  'GET /api/docs/static/swagger-initializer.js': 'public',
  'GET /api/docs/static/*': ['public', { url: '/api/docs/static/swagger-ui.css' }],
  // auth
  'POST /api/auth/login': [
    'public',
    { body: (f: Fixtures) => ({ username: f.loginUsername, password: TEST_PASSWORD }) },
  ],
  'POST /api/auth/logout': ['public', { fresh: true }],
  // Anonymous: 200 `{ user: null }` (the login page asks before anyone has logged in).
  'GET /api/auth/me': 'public',
  // organisations
  'GET /api/organisations': 'org.read',
  'POST /api/organisations': [
    'org.manage',
    { body: (f: Fixtures) => ({ parentId: f.cityId, kind: 'other', name: '矩阵测试机构' }) },
  ],
  'PATCH /api/organisations/:id': [
    'org.manage',
    { url: (f) => `/api/organisations/${f.orgId}`, body: { version: 1, phone: '0472-1234567' } },
  ],
  // windows
  'GET /api/windows': 'window.read',
  'POST /api/windows': [
    'window.manage',
    {
      body: (f: Fixtures) => ({
        orgId: f.centerId,
        number: 91,
        name: '矩阵窗口',
        services: ['consultation'],
      }),
    },
  ],
  'PATCH /api/windows/:id': [
    'window.manage',
    { url: (f) => `/api/windows/${f.windowId}`, body: { version: 1, status: 'paused' } },
  ],
  // staff
  'GET /api/staff': 'staff.read',
  'POST /api/staff': [
    'staff.manage',
    {
      body: (f: Fixtures) => ({
        orgId: f.centerId,
        username: 'matrix.new',
        displayName: '矩阵',
        roles: ['mediator'],
        password: 'Matrix-pw-2026',
      }),
    },
  ],
  'PATCH /api/staff/:id': [
    'staff.manage',
    { url: (f) => `/api/staff/${f.staffId}`, body: { version: 1, title: '调解员' } },
  ],
  'POST /api/staff/:id/password': [
    'staff.manage',
    { url: (f) => `/api/staff/${f.staffId}/password`, body: { password: 'Matrix-new-2026' } },
  ],
  // audit
  'GET /api/audit': 'audit.read',
  // lawyers (random :id → 404 for holders; fine)
  'GET /api/lawyers': 'lawyer.read',
  'GET /api/lawyers/:id': 'lawyer.read',
  'POST /api/lawyers': [
    'lawyer.manage',
    { body: { name: '王矩阵', licenceNo: '11502201510123456', firstPracticeYear: 2010 } },
  ],
  'PATCH /api/lawyers/:id': ['lawyer.manage', { body: { version: 1, specialties: ['婚姻家庭'] } }],
  'POST /api/lawyers/:id/team': ['lawyer.manage', { body: { version: 1 } }],
  'DELETE /api/lawyers/:id/team': ['lawyer.manage', { body: { version: 1, reason: '矩阵测试' } }],
  'POST /api/lawyers/:id/sanctions': [
    'lawyer.sanction',
    {
      body: {
        kind: 'industry-sanction',
        decidedOn: '2025-06-01',
        authority: '包头市律师协会',
        description: '矩阵测试',
      },
    },
  ],
  // dashboard (issue 7)
  'GET /api/dashboard/live': 'dashboard.read',
  'GET /api/dashboard/queue': 'dashboard.read',
  'GET /api/dashboard/legal-aid': 'dashboard.read',
  'GET /api/dashboard/satisfaction': 'dashboard.read',
  'GET /api/dashboard/lawyer-team': 'dashboard.read',
  'GET /api/dashboard/lists/tickets': 'dashboard.read',
  'GET /api/dashboard/lists/legal-aid': 'dashboard.read',
  'GET /api/dashboard/lists/evaluations': 'dashboard.read',
  'GET /api/dashboard/export/tickets': 'dashboard.read',
  'GET /api/dashboard/export/legal-aid': 'dashboard.read',
  'GET /api/dashboard/export/evaluations': 'dashboard.read',
  'GET /api/dashboard/export/figures': 'dashboard.read',
  'GET /api/dashboard/report.docx': ['dashboard.read', { url: '/api/dashboard/report.docx?month=2026-01' }],
  'GET /api/dashboard/lectures': 'dashboard.read',
  'GET /api/dashboard/lists/lectures': 'dashboard.read',
  'GET /api/dashboard/export/lectures': 'dashboard.read',
  // legal publicity tours (issue 7)
  'GET /api/publicity/lecturers': 'publicity.read',
  'POST /api/publicity/lecturers': ['publicity.manage', { body: { name: '矩阵讲师' } }],
  'PATCH /api/publicity/lecturers/:id': ['publicity.manage', { body: { version: 1 } }],
  'GET /api/publicity/lectures': 'publicity.read',
  'POST /api/publicity/lectures': [
    'publicity.manage',
    {
      body: {
        status: 'planned',
        plannedOn: '2030-01-01',
        venueType: 'community',
        venue: '矩阵社区',
        topic: 'civil-code',
        title: '矩阵讲座',
      },
    },
  ],
  'PATCH /api/publicity/lectures/:id': ['publicity.manage', { body: { version: 1 } }],
  'POST /api/publicity/lectures/:id/photos': [
    'publicity.manage',
    { body: { fileName: 'a.png', dataBase64: 'iVBORw0KGgo=' } },
  ],
  'GET /api/publicity/photos/:id': 'publicity.read',
  // calendar
  'GET /api/calendar/days': ['calendar.read', { url: '/api/calendar/days?from=2026-01-01&to=2026-01-31' }],
  'GET /api/calendar/overrides': 'calendar.read',
  'POST /api/calendar/overrides': [
    'calendar.manage',
    { body: { date: '2031-10-08', kind: 'holiday', source: '矩阵测试' } },
  ],
  'PATCH /api/calendar/overrides/:id': ['calendar.manage', { body: { version: 1, note: '矩阵测试' } }],
  'DELETE /api/calendar/overrides/:id': ['calendar.manage', { body: { version: 1 } }],
  // hardship standards
  'GET /api/hardship-standards': 'hardship-standard.read',
  'POST /api/hardship-standards': [
    'hardship-standard.manage',
    {
      body: {
        regionCode: '150200',
        basis: 'other',
        monthlyPerCapitaYuan: '1234.00',
        effectiveFrom: '2031-01-01',
        source: '矩阵测试文件',
      },
    },
  ],
  'PATCH /api/hardship-standards/:id': [
    'hardship-standard.manage',
    { body: { version: 1, source: '矩阵测试文件' } },
  ],
  // persons
  'GET /api/persons': 'person.read',
  'POST /api/persons/search': ['person.read', { body: { q: '张' } }],
  'POST /api/persons': ['person.read', { body: { name: '张矩阵' } }],
  'GET /api/persons/:id': 'person.read',
  'GET /api/persons/:id/id-number': [
    'person.view-id-number',
    { url: `/api/persons/${crypto.randomUUID()}/id-number?purpose=核对身份` },
  ],
  // queue (docs/queue-api.md); random ticket/window ids → 404 for holders
  'GET /api/queue/services': 'public',
  'POST /api/queue/tickets': ['public', { body: { serviceCode: 'consultation' } }],
  'GET /api/queue/display': 'public',
  // An unknown center answers 404 before the event stream opens (an open stream would never end).
  'GET /api/queue/events': ['public', { url: `/api/queue/events?centerId=${crypto.randomUUID()}` }],
  'GET /api/queue/console': ['queue.read', { url: (f) => `/api/queue/console?windowId=${f.windowId}` }],
  'POST /api/queue/windows/:id/call-next': 'queue.serve',
  'POST /api/queue/windows/:id/pause': 'queue.serve',
  'POST /api/queue/windows/:id/resume': 'queue.serve',
  'POST /api/queue/tickets/:id/recall': [
    'queue.serve',
    { body: (f: Fixtures) => ({ windowId: f.windowId }) },
  ],
  'POST /api/queue/tickets/:id/no-show': [
    'queue.serve',
    { body: (f: Fixtures) => ({ windowId: f.windowId }) },
  ],
  'POST /api/queue/tickets/:id/start': ['queue.serve', { body: (f: Fixtures) => ({ windowId: f.windowId }) }],
  'POST /api/queue/tickets/:id/finish': [
    'queue.serve',
    { body: (f: Fixtures) => ({ windowId: f.windowId, outcome: 'resolved' }) },
  ],
  'POST /api/queue/tickets/:id/transfer': [
    'queue.serve',
    { body: { serviceCode: 'consultation', reason: '矩阵测试' } },
  ],
  'POST /api/queue/tickets/:id/requeue': ['queue.serve', { body: {} }],
  'POST /api/queue/tickets/:id/cancel': ['queue.serve', { body: { reason: 'citizen-request' } }],
  'POST /api/queue/tickets/:id/close': ['queue.serve', { body: { reason: 'staff-decision' } }],
  'POST /api/queue/tickets/:id/priority': ['queue.issue', { body: { group: 'elderly', reason: '矩阵测试' } }],
  'POST /api/queue/reception/tickets': ['queue.issue', { body: { serviceCode: 'consultation' } }],
  'GET /api/queue/tickets': 'queue.read',
  'GET /api/queue/stats': 'queue.read',
  'GET /api/queue/settings': 'queue.read',
  'PUT /api/queue/settings': [
    'queue.manage',
    {
      body: {
        version: 0,
        agingLimitMinutes: 30,
        maxRecalls: 2,
        elderlyAge: 60,
        openingHours: [{ from: '08:30', to: '17:30' }],
        recentCallsShown: 5,
      },
    },
  ],
  'GET /api/queue/key-groups': 'queue.issue',
  'POST /api/queue/key-groups': [
    'queue.issue',
    { body: { idNumber: '11010519491231002X', name: '矩阵测试', group: 'veteran' } },
  ],
  'DELETE /api/queue/key-groups/:id': 'queue.issue',
  // legal aid (docs/legal-aid-api.md); random matter ids → 404 for holders
  'POST /api/legal-aid/eligibility/preview': ['legal-aid.intake', { body: { caseKind: 'civil' } }],
  'POST /api/legal-aid/applications': [
    'legal-aid.intake',
    {
      body: {
        applicant: { name: '张矩阵', idNumber: '11010519491231002X' },
        facts: '矩阵测试：请求给付赡养费',
        caseKind: 'civil',
        matter: 'maintenance',
      },
    },
  ],
  'GET /api/legal-aid/applications': 'legal-aid.read',
  'GET /api/legal-aid/applications/:id': 'legal-aid.read',
  'POST /api/legal-aid/applications/:id/actions': [
    'legal-aid.read',
    { body: { type: 'comment', expectedVersion: 1, text: '矩阵测试' } },
  ],
  'GET /api/legal-aid/applications/:id/sensitive': [
    'legal-aid.view-sensitive',
    { url: `/api/legal-aid/applications/${crypto.randomUUID()}/sensitive?purpose=核对收入` },
  ],
  'POST /api/legal-aid/applications/:id/commitment': [
    'legal-aid.intake',
    { body: { signaturePng: 'iVBORw0KGgo=' } },
  ],
  'GET /api/legal-aid/applications/:id/documents/:kind': [
    'legal-aid.read',
    { url: `/api/legal-aid/applications/${crypto.randomUUID()}/documents/application-form` },
  ],
  'GET /api/legal-aid/applications/:id/provider-suggestions': 'legal-aid.assign',
  'GET /api/legal-aid/today': 'legal-aid.read',
  'GET /api/legal-aid/my-assignments': 'legal-aid.provide',
  'GET /api/legal-aid/reminders': 'legal-aid.read',
  'GET /api/legal-aid/reminders/all': 'legal-aid.decide',
  'GET /api/legal-aid/reminders/summary': 'legal-aid.read',
  'POST /api/legal-aid/reminders/read-all': 'legal-aid.read',
  'POST /api/legal-aid/reminders/:id/read': 'legal-aid.read',
  'GET /api/legal-aid/verifications': 'legal-aid.review',
  'POST /api/legal-aid/verifications/sample': ['legal-aid.review', { body: { rate: 0.1, seed: 'matrix' } }],
  'PATCH /api/legal-aid/verifications/:id': [
    'legal-aid.review',
    { body: { outcome: 'confirmed', note: '矩阵测试' } },
  ],
  // law library (every role holds law.read; random codes → 404 for the holders)
  'GET /api/laws/status': 'law.read',
  'GET /api/laws/instruments': 'law.read',
  'GET /api/laws/instruments/:code': ['law.read', { url: '/api/laws/instruments/0123456789ab' }],
  'GET /api/laws/instruments/:code/articles/:key': [
    'law.read',
    { url: '/api/laws/instruments/0123456789ab/articles/43' },
  ],
  'GET /api/laws/search': ['law.read', { url: '/api/laws/search?q=%E5%B7%A5%E8%B5%84' }],
  'GET /api/laws/citations': [
    'law.read',
    { url: `/api/laws/citations?source=${encodeURIComponent('法律援助法 第四十三条')}` },
  ],
  'POST /api/laws/citations/resolve': ['law.read', { body: { sources: ['法律援助法 第四十三条'] } }],
  // staff programme (队伍教育整顿); random ids → 404 for holders
  'GET /api/study/members': 'study.participate',
  'GET /api/study/plans': 'study.participate',
  'POST /api/study/plans': [
    'study.manage',
    {
      body: {
        title: '矩阵测试计划',
        themes: ['political'],
        forms: ['self-and-group'],
        startsOn: '2031-03-03',
        endsOn: '2031-03-07',
      },
    },
  ],
  'GET /api/study/plans/:id': 'study.participate',
  'POST /api/study/plans/:id/status': ['study.manage', { body: { version: 1, status: 'published' } }],
  'POST /api/study/plans/:id/sessions': [
    'study.manage',
    {
      body: {
        sessions: [
          {
            kind: 'evening-study',
            title: '晚学',
            from: '2031-03-03',
            startTime: '17:30',
            durationMinutes: 60,
          },
        ],
      },
    },
  ],
  'POST /api/study/plans/:id/push': ['study.manage', { body: {} }],
  'GET /api/study/plans/:id/push-targets': 'study.manage',
  'GET /api/study/sessions/:id/check-in-token': 'study.manage',
  'GET /api/study/sessions/:id/attendance': 'study.manage',
  'POST /api/study/sessions/:id/attendance': [
    'study.manage',
    { body: { userId: crypto.randomUUID(), status: 'present', reason: '矩阵测试代签到' } },
  ],
  'POST /api/study/sessions/:id/leave': ['study.participate', { body: { reason: '矩阵测试请假' } }],
  'POST /api/study/check-in': [
    'study.participate',
    { body: { sessionId: crypto.randomUUID(), token: 'not-a-token' } },
  ],
  'GET /api/study/leave-requests': 'study.participate',
  'POST /api/study/leave-requests/:id/decision': ['study.manage', { body: { version: 1, approve: true } }],
  'GET /api/study/me/attendance': 'study.participate',
  'GET /api/study/records': 'study.participate',
  'POST /api/study/records': [
    'study.participate',
    { body: { planId: crypto.randomUUID(), content: '矩阵测试学习笔记，十个字以上。' } },
  ],
  'GET /api/study/spot-checks': 'study.supervise',
  'POST /api/study/spot-checks': [
    'study.supervise',
    { body: { from: '2031-03-01', to: '2031-03-31', rule: { mode: 'random', count: 1 } } },
  ],
  'GET /api/study/spot-checks/:id': 'study.supervise',
  'PATCH /api/study/spot-check-items/:id': [
    'study.supervise',
    { body: { version: 1, grade: 'good', comment: '矩阵测试' } },
  ],
  'POST /api/study/spot-check-items/:id/follow-up': ['study.participate', { body: { note: '矩阵测试' } }],
  'GET /api/study/me/spot-checks': 'study.participate',
  'GET /api/study/talks': 'study.participate',
  'POST /api/study/talks': [
    'study.supervise',
    {
      body: {
        subjectUserId: crypto.randomUUID(),
        heldOn: '2031-03-03',
        topic: '矩阵',
        summary: '矩阵测试谈话',
      },
    },
  ],
  'POST /api/study/talks/:id/follow-up': ['study.supervise', { body: { version: 1, note: '矩阵测试' } }],
  'GET /api/study/questions': 'study.manage',
  'GET /api/study/questions/categories': 'study.manage',
  'POST /api/study/questions': [
    'study.manage',
    { body: { kind: 'true-false', stem: '矩阵测试判断题', correct: [0] } },
  ],
  'PATCH /api/study/questions/:id': ['study.manage', { body: { version: 1, active: false } }],
  'POST /api/study/questions/import': ['study.manage', { body: { file: 'bm90IGFuIHhsc3g=' } }],
  'GET /api/study/questions/template': 'study.manage',
  'GET /api/study/papers': 'study.participate',
  'POST /api/study/papers': [
    'study.manage',
    {
      body: {
        title: '矩阵测试试卷',
        counts: { 'true-false': 1 },
        timeLimitMinutes: 10,
        passScore: 1,
      },
    },
  ],
  'GET /api/study/papers/compare': [
    'study.supervise',
    { url: `/api/study/papers/compare?first=${crypto.randomUUID()}&second=${crypto.randomUUID()}` },
  ],
  'GET /api/study/papers/:id': 'study.supervise',
  'DELETE /api/study/papers/:id': ['study.manage', { body: { version: 1 } }],
  'POST /api/study/papers/:id/status': ['study.manage', { body: { version: 1, status: 'published' } }],
  'GET /api/study/papers/:id/results': 'study.supervise',
  'POST /api/study/papers/:id/attempts': 'study.participate',
  'GET /api/study/attempts/:id': 'study.participate',
  'PUT /api/study/attempts/:id/answers': ['study.participate', { body: { answers: {} } }],
  'POST /api/study/attempts/:id/submit': ['study.participate', { body: {} }],
  'GET /api/study/bulletins': 'study.participate',
  'POST /api/study/bulletins': ['study.manage', { body: { from: '2031-03-01', to: '2031-03-07' } }],
  'GET /api/study/bulletins/:id': 'study.participate',
  'PATCH /api/study/bulletins/:id': [
    'study.manage',
    { body: { version: 1, title: '矩阵测试通报', body: '矩阵测试通报正文内容。' } },
  ],
  'POST /api/study/bulletins/:id/publish': ['study.manage', { body: { version: 1 } }],
  'GET /api/study/bulletins/:id/document': 'study.participate',
  'GET /api/opinion-forms': 'opinion.manage',
  'POST /api/opinion-forms': [
    'opinion.manage',
    { body: { title: '矩阵测试征求意见', respondentKinds: ['service-user'] } },
  ],
  'POST /api/opinion-forms/:id/status': ['opinion.manage', { body: { version: 1, status: 'closed' } }],
  'GET /api/opinions': 'study.participate',
  'POST /api/opinions/:id/assign': [
    'opinion.manage',
    { body: { version: 1, assigneeId: crypto.randomUUID() } },
  ],
  'POST /api/opinions/:id/reply': [
    'study.participate',
    { body: { version: 1, handlingNote: '矩阵测试', reply: '矩阵测试' } },
  ],
  'POST /api/opinions/:id/close': ['opinion.manage', { body: { version: 1 } }],
  'GET /api/public/opinion-forms/:token': [
    'public',
    { url: '/api/public/opinion-forms/unknown-token-matrix-0001' },
  ],
  'POST /api/public/opinion-forms/:token/responses': [
    'public',
    {
      url: '/api/public/opinion-forms/unknown-token-matrix-0001/responses',
      body: { respondentKind: 'service-user', content: '矩阵测试意见' },
    },
  ],
  // staff programme: attendance rates and hand-picked spot checks (staff-web, session 3)
  'GET /api/study/attendance-rates': 'study.participate',
  'POST /api/study/spot-checks/picks': [
    'study.supervise',
    { body: { recordIds: [crypto.randomUUID()], reason: '矩阵测试' } },
  ],
  // citizens' phone pages (docs/citizen-api.md): public, rate-limited (429 is fine here)
  'POST /api/public/sms-codes': ['public', { body: { phone: '13904729001', purpose: 'book' } }],
  'POST /api/public/track/code': [
    'public',
    { body: { matterNumber: '包法援〔2026〕第9999号', phone: '13904729002' } },
  ],
  'POST /api/public/track/verify': [
    'public',
    { body: { matterNumber: '包法援〔2026〕第9999号', phone: '13904729002', code: '123456' } },
  ],
  'GET /api/public/track/matter': 'public',
  'GET /api/public/track/documents/:kind': [
    'public',
    { url: '/api/public/track/documents/application-form' },
  ],
  'POST /api/public/track/evaluation': ['public', { body: { level: 5 } }],
  'POST /api/public/track/evaluation/follow-up': ['public', { body: { level: 5 } }],
  'POST /api/public/legal-aid/guide': ['public', { body: { caseKind: 'civil' } }],
  'POST /api/public/legal-aid/applications': [
    'public',
    {
      body: {
        caseKind: 'civil',
        applicant: { name: '张矩阵', idNumber: '11010519491231002X' },
        facts: '矩阵测试：请求给付赡养费',
        phone: '13904729003',
        code: '123456',
        signaturePng: 'iVBORw0KGgo=',
        commitmentAccepted: true,
      },
    },
  ],
  'POST /api/public/queue/remote-tickets': [
    'public',
    { body: { serviceCode: 'consultation', phone: '13904729004', code: '123456' } },
  ],
  'POST /api/public/tickets/lookup': ['public', { body: { ticketNumber: 'A001', code: '123456' } }],
  'GET /api/public/tickets/:token': [
    'public',
    { url: `/api/public/tickets/${crypto.randomUUID()}.forged-token` },
  ],
  'POST /api/public/tickets/:token/evaluation': [
    'public',
    { url: `/api/public/tickets/${crypto.randomUUID()}.forged-token/evaluation`, body: { level: 5 } },
  ],
  'POST /api/public/tickets/:token/evaluation/follow-up': [
    'public',
    {
      url: `/api/public/tickets/${crypto.randomUUID()}.forged-token/evaluation/follow-up`,
      body: { level: 5 },
    },
  ],
  'GET /api/public/appointments/availability': [
    'public',
    { url: '/api/public/appointments/availability?service=notarization' },
  ],
  'POST /api/public/appointments': [
    'public',
    {
      body: {
        service: 'notarization',
        date: '2026-03-17',
        start: '09:00',
        name: '张矩阵',
        phone: '13904729005',
        code: '123456',
      },
    },
  ],
  'POST /api/public/appointments/cancel': [
    'public',
    { body: { reference: 'YY260317-XXXX', cancelToken: 'x' } },
  ],
  // 好差评 and appointments (staff)
  'GET /api/evaluations/mine': 'evaluation.read-own',
  'GET /api/evaluations': 'evaluation.read',
  'GET /api/evaluations/rankings': 'evaluation.read',
  'GET /api/evaluations/tickets/:id/link': 'queue.serve',
  'GET /api/rectifications': 'rectification.handle',
  'POST /api/rectifications/:id/callback': [
    'rectification.handle',
    { body: { version: 1, note: '矩阵测试回访记录' } },
  ],
  'POST /api/rectifications/:id/rectify': [
    'rectification.handle',
    { body: { version: 1, note: '矩阵测试整改记录' } },
  ],
  'GET /api/appointments': 'appointment.read',
  'GET /api/appointments/settings': 'appointment.read',
  'PUT /api/appointments/settings/:service': [
    'appointment.manage',
    {
      url: '/api/appointments/settings/mediation',
      body: {
        version: 0,
        slots: [{ start: '09:00', end: '10:00' }],
        capacity: 2,
        daysAhead: 7,
        leadMinutes: 30,
      },
    },
  ],
  // matters of the nine windows (issue #5, docs/matters-api.md); random ids → 404 for holders
  'GET /api/matters/procedures': 'matter.read',
  'GET /api/matters': 'matter.read',
  'GET /api/matters/handlers': 'matter.read',
  // an empty opening payload: 400 for every holder (the payload is checked before the action's roles)
  'POST /api/matters': ['matter.manage', { body: { service: 'consultation', payload: {} } }],
  'POST /api/matters/opening-check': ['matter.manage', { body: { service: 'consultation', payload: {} } }],
  'POST /api/matters/conflict-check': [
    'matter.read',
    { body: { parties: [{ name: '矩阵测试', role: 'applicant' }] } },
  ],
  'GET /api/matters/my-deadlines': 'matter.read',
  'GET /api/matters/consultation-tally': [
    'matter.read',
    { url: '/api/matters/consultation-tally?from=2026-01-01&to=2026-12-31' },
  ],
  'GET /api/matters/:id': 'matter.read',
  'GET /api/matters/:id/conflicts': 'matter.read',
  'POST /api/matters/:id/parties': [
    'matter.manage',
    { body: { expectedVersion: 1, personId: '00000000-0000-4000-8000-000000000000', role: 'respondent' } },
  ],
  'GET /api/matters/:id/documents/mediation-agreement': 'matter.read',
  'POST /api/matters/:id/actions': [
    'matter.manage',
    { body: { type: 'answer', expectedVersion: 1, payload: {} } },
  ],
  // aid-polish: check an SMS code when typed, without spending it
  'POST /api/public/sms-codes/check': [
    'public',
    { body: { phone: '13904729002', purpose: 'apply', code: '123456' } },
  ],
};

let t: TestApp;
let f: Fixtures;
const clients = new Map<Role, TestClient>();

beforeAll(async () => {
  t = await buildTestApp();
  const cityId = await t.orgId('包头市司法局');
  const centerId = await t.orgId('包头市公共法律服务中心');
  const [org] = await t.services.db
    .insert(organisations)
    .values({ parentId: cityId, kind: 'law-firm', name: '矩阵测试律师事务所' })
    .returning();
  const [window] = await t.services.db
    .insert(windows)
    .values({ orgId: centerId, number: 90, name: '矩阵测试窗口', services: ['mediation'] })
    .returning();
  const staff = await t.createStaff({ roles: ['mediator'], username: 'matrix.target' });
  const login = await t.createStaff({ roles: ['receptionist'], username: 'matrix.login' });
  f = {
    cityId,
    centerId,
    countyId: await t.orgId('东河区司法局'),
    orgId: org!.id,
    windowId: window!.id,
    staffId: staff.id,
    loginUsername: login.username,
  };
  for (const role of ROLES) clients.set(role, await t.login({ roles: [role] }));
});
afterAll(async () => {
  await t?.close();
});

const accessOf = (entry: Entry): Access => (Array.isArray(entry) ? entry[0] : entry);
const sampleOf = (entry: Entry): Sample => (Array.isArray(entry) ? entry[1] : {});

function requestOf(key: string, sample: Sample) {
  const [method, path] = key.split(' ') as [string, string];
  const url =
    typeof sample.url === 'function'
      ? sample.url(f)
      : (sample.url ?? path.replace(/:[A-Za-z]+/g, () => crypto.randomUUID()));
  const body = typeof sample.body === 'function' ? (sample.body as (f: Fixtures) => unknown)(f) : sample.body;
  return { method: method as 'GET', url, ...(body === undefined ? {} : { payload: body as object }) };
}

/** Roles that hold the access level (all roles for public and authenticated routes). */
const holds = (role: Role, access: Access) =>
  access === 'public' ||
  access === 'authenticated' ||
  can({ userId: '', orgId: '', roles: [role], scopeOrgIds: [] }, access);

describe('access matrix', () => {
  it('has an entry for every registered route, and a route for every entry', () => {
    const registered = registeredRoutes(t.app).map((route) => `${route.method} ${route.url}`);
    expect(registered.length).toBeGreaterThan(0);
    const missing = registered.filter((key) => !(key in MATRIX));
    const stale = Object.keys(MATRIX).filter((key) => !registered.includes(key));
    expect(
      { missing, stale },
      'add each missing route to MATRIX in server/routes/access-matrix.test.ts',
    ).toEqual({
      missing: [],
      stale: [],
    });
  });

  for (const [key, entry] of Object.entries(MATRIX)) {
    const access = accessOf(entry);
    it(`${key} → ${access}`, async () => {
      const sample = sampleOf(entry);
      const wrong: string[] = [];
      const anonymous = await t.app.inject(requestOf(key, sample));
      if (
        access === 'public'
          ? [401, 403].includes(anonymous.statusCode) || anonymous.statusCode >= 500
          : anonymous.statusCode !== 401
      ) {
        wrong.push(`anonymous → ${anonymous.statusCode} ${anonymous.body.slice(0, 200)}`);
      }
      for (const role of ROLES) {
        const client = sample.fresh ? await t.login({ roles: [role] }) : clients.get(role)!;
        const r = await client.request(requestOf(key, sample));
        const ok = holds(role, access)
          ? ![401, 403].includes(r.statusCode) && r.statusCode < 500
          : r.statusCode === 403;
        if (!ok) wrong.push(`${role} → ${r.statusCode} ${r.body.slice(0, 200)}`);
      }
      expect(wrong).toEqual([]);
    });
  }
});

describe('organisation scope on top of the matrix', () => {
  it('refuses a county admin editing a city window, organisation or account', async () => {
    const countyAdmin = await t.login({ roles: ['admin'], orgName: '东河区司法局' });
    const [cityWindow] = await t.services.db
      .insert(windows)
      .values({ orgId: f.centerId, number: 92, name: '市级窗口', services: ['consultation'] })
      .returning();
    const attempts = [
      await countyAdmin.patch(`/api/windows/${cityWindow!.id}`, { version: 1, status: 'closed' }),
      await countyAdmin.patch(`/api/organisations/${f.centerId}`, { version: 1, phone: '0472-7654321' }),
      await countyAdmin.post('/api/windows', {
        orgId: f.centerId,
        number: 93,
        name: '越权窗口',
        services: ['lawyer'],
      }),
      await countyAdmin.post(`/api/staff/${f.staffId}/password`, { password: 'County-takeover-1' }),
    ];
    for (const r of attempts) {
      expect([403, 404]).toContain(r.statusCode);
      expect(r.json().code).toBe('ORG.OUT_OF_SCOPE');
    }
    const own = await countyAdmin.post('/api/windows', {
      orgId: f.countyId,
      number: 1,
      name: '东河区窗口',
      services: ['lawyer'],
    });
    expect(own.statusCode).toBe(201);
  });
});
