/**
 * The other windows' main paths over HTTP and their statutory clocks (appraisal, reconsideration,
 * notarization, lawyer services, publicity, aid-provider qualification), a bad opening payload, and the
 * bilingual labels of GET /api/matters/procedures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../test/app';
import { buildMattersTestApp, clocksOf, type MattersTestApp, matterCalls } from './matters-test-kit';

let t: MattersTestApp;
let staff: TestClient;
let reader: TestClient;
const { clockAt, open, act, actOk } = matterCalls(() => t);

beforeAll(async () => {
  t = await buildMattersTestApp();
  ({ staff, reader } = t);
});
afterAll(async () => {
  await t?.close();
});

describe('the other windows’ main paths and their statutory clocks', () => {
  it('appraisal: 7 working days to accept across 中秋 and 国庆 2026 with the make-up Saturday 10-10', async () => {
    clockAt('2026-09-23T09:00');
    const { item } = await open('appraisal', {
      receivedOn: '2026-09-23',
      clientKind: 'court',
      clientName: '包头市青山区人民法院',
      field: 'forensic-clinical',
      matter: '被鉴定人伤残等级评定',
      complex: false,
      legalAidRecipient: false,
    });
    expect(item.clocks).toMatchObject([
      { kind: 'acceptance', dueOn: '2026-10-10', basis: 'working-days', source: '司法鉴定程序通则 第十三条' },
    ]);
    clockAt('2026-10-10T09:00');
    const accepted = await actOk(item.id, 'accept', {
      appraisers: ['吴鉴定人', '郑鉴定人'],
      relief: 'none',
      standardFeeFen: 180_000,
    });
    expect(accepted.status).toBe('accepted');
    expect(accepted.clocks.map((c) => c.basis)).toContain('working-days');
  });

  it('reconsideration: the 5-working-day acceptance review ends Fri 10-09; accepted, then decided', async () => {
    clockAt('2026-09-24T09:00');
    const { item } = await open('reconsideration', {
      receivedOn: '2026-09-24',
      form: 'written',
      applicantName: '刘桂英',
      respondentAgency: '包头市某区市场监督管理局',
      actDescription: '罚款五千元的行政处罚决定',
      actDate: '2026-08-20',
      knewActOn: '2026-08-21',
      rightsNotified: true,
      immovable: false,
    });
    expect(clocksOf(item)).toEqual({ 'acceptance-review': '2026-10-09' });
    const accepted = await actOk(item.id, 'accept', { procedure: 'ordinary' });
    expect(accepted.status).toBe('accepted');
  });

  it('notarization: walk-in → materials → accepted (15 working days) → certificate', async () => {
    clockAt('2026-09-24T09:00');
    const { item } = await open('notarization', {
      channel: 'walk-in',
      matterType: 'education',
      applicantName: '王小明',
      byAgent: false,
      involvesImmovable: false,
      legalAidEligible: false,
    });
    // The form offers this matter's checklist; paying waits for the fee to be assessed.
    const materialsAction = item.nextActions.find((a) => a.type === 'record-materials');
    // The checklist, and of it the required materials not yet received (the form names them).
    expect(materialsAction?.choices).toEqual({ items: ['id', 'diploma'], 'items#needed': ['id', 'diploma'] });
    expect(item.nextActions.map((a) => a.type)).not.toContain('pay-fee');
    await actOk(item.id, 'record-materials', { items: ['id', 'diploma'] });
    // 承办公证员 is picked among the notaries: another role's account is refused.
    const clerkAccount = await t.createStaff({ roles: ['window-clerk'], displayName: '窗口甲' });
    const notNotary = await act(item.id, 'accept', { notaryName: '窗口甲', notaryUserId: clerkAccount.id });
    expect(notNotary.statusCode).toBe(400);
    expect(notNotary.json()).toMatchObject({
      code: 'MATTER.ACCOUNT_WRONG_ROLE',
      field: 'payload.notaryUserId',
    });
    // A name alone (entries made before the picker) is still accepted.
    const accepted = await actOk(item.id, 'accept', { notaryName: '李公证员' });
    expect(accepted.clocks.find((c) => c.kind === 'certificate')?.basis).toBe('working-days');
    await actOk(item.id, 'record-explanation', {
      content: '已告知学历公证的法律意义及公证书用途、效力和可能产生的后果',
      acknowledgedBy: '王小明',
    });
    await actOk(item.id, 'assess-fee', { relief: 'none' });
    await actOk(item.id, 'pay-fee', { amountFen: 8_000 });
    clockAt('2026-09-28T09:00');
    const issued = await actOk(item.id, 'issue-certificate', {
      certificateNumber: '（2026）内包证字第1001号',
    });
    expect(issued).toMatchObject({ status: 'issued', closed: true, clocks: [] });
  });

  it('lawyer services, publicity and aid-provider qualification', async () => {
    clockAt('2026-09-24T09:00');
    const lawyer = await open('lawyer', {
      kind: 'consultation',
      channel: 'window',
      personName: '陈秀兰',
      question: '房东不退押金怎么办？',
    });
    const answered = await actOk(lawyer.item.id, 'answer', {
      lawyerName: '律师甲',
      firmName: '内蒙古甲律师事务所',
      answer: '可依据民法典第七百零三条主张返还押金',
      minutes: 20,
    });
    expect(answered.status).toBe('answered');
    const publicity = await open('publicity', {
      kind: 'materials',
      requester: '昆都仑区某社区居委会',
      items: [{ title: '民法典宣传册', copies: 200 }],
    });
    const handed = await actOk(publicity.item.id, 'hand-out', {
      items: [{ title: '民法典宣传册', copies: 150 }],
    });
    expect(handed.status).toBe('materials-handed-out');
    const provider = await open('aid-qualification', {
      providerKind: 'lawyer',
      name: '韩志强',
      organisation: '内蒙古甲律师事务所',
      qualification: 'lawyer-licence',
      licenceNumber: '11502201810123456',
      practiceYears: 8,
      criminalDefenceYears: 5,
      serviceScope: ['criminal-defence', 'civil-representation', 'duty-lawyer'],
    });
    const approved = await actOk(provider.item.id, 'approve');
    expect(approved.status).toBe('active');
  });

  it('a bad opening payload is a field-level 400 with a Chinese message; nothing is stored', async () => {
    const r = await staff.post('/api/matters', {
      service: 'consultation',
      payload: { channel: 'window', category: 'gossip', question: '问题' },
    });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ code: 'CONSULTATION.INVALID_PAYLOAD', field: 'payload.category' });
    expect(r.json().message).toMatch(/\p{Script=Han}/u);
    const unknown = await staff.post('/api/matters', { service: 'legal-aid', payload: {} });
    expect(unknown.statusCode).toBe(400);
  });
});

describe('GET /api/matters/procedures: bilingual labels for the generated forms', () => {
  it('labels every status, action and payload enum value in Chinese and English', async () => {
    const r = await reader.get('/api/matters/procedures');
    expect(r.statusCode, r.body).toBe(200);
    const items = r.json().items as {
      service: string;
      statuses: { value: string; label: string; labelEn: string }[];
      actions: { type: string; label: string; labelEn: string }[];
      valueLabels: Record<string, [string, string]>;
    }[];
    const appraisal = items.find((p) => p.service === 'appraisal')!;
    expect(appraisal.valueLabels.court).toEqual(['人民法院', 'Court']);
    expect(appraisal.statuses.find((s) => s.value === 'entrusted')).toEqual({
      value: 'entrusted',
      label: '已委托，待受理',
      labelEn: 'Entrusted, awaiting acceptance',
    });
    expect(items.find((p) => p.service === 'mediation')!.valueLabels.court).toEqual([
      '人民法院委托',
      'Entrusted by the court',
    ]);
    for (const p of items)
      for (const a of p.actions) expect(a.labelEn, `${p.service} ${a.type}`).not.toBe('');
  });
});
