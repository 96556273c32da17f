/**
 * The action log's payload lines, on the procedure catalog exactly as GET /api/matters/procedures serves
 * it (the catalog is pure: zod and core/procedures).
 */
import { procedureCatalog } from '@server/use-cases/matters/procedure-catalog';
import { describe, expect, it } from 'vitest';
import { describePayload, formatBusinessDate } from './payload-display';
import type { CatalogAction, Procedure } from './types';

function lines(service: string, type: string, payload: Record<string, unknown>, locale: 'zh-CN' | 'en-US') {
  const procedure = procedureCatalog().find((p) => p.service === service) as unknown as Procedure;
  const action = procedure.actions.find((a) => a.type === type) as CatalogAction;
  expect(action, `${service} ${type}`).toBeDefined();
  return describePayload(payload, action, procedure.valueLabels, locale);
}

describe('describePayload', () => {
  const answer = {
    answererKind: 'duty-lawyer',
    answererName: '王律师',
    lawyerId: '0b7e4d8a-6c1f-4f7e-9a55-2f6f3c1b9d10',
    firmName: '内蒙古某律师事务所',
    answer: '可以要求对方赔偿修复费用',
    citedArticles: ['民法典 第一千一百六十五条'],
    minutes: 20,
  };

  it('names each field in Chinese, enum values by their labels, and leaves record ids out', () => {
    const out = lines('consultation', 'answer', answer, 'zh-CN');
    expect(out.map((l) => [l.label, l.text])).toEqual([
      ['解答人类别', '公共法律服务律师团值班律师'],
      ['解答人', '王律师'],
      ['律师事务所', '内蒙古某律师事务所'],
      ['解答意见', '可以要求对方赔偿修复费用'],
      ['引用的法条', ''],
      ['用时（分钟）', '20'],
    ]);
    expect(out.find((l) => l.key === 'citedArticles')?.articles).toEqual(['民法典 第一千一百六十五条']);
    expect(JSON.stringify(out.map((l) => [l.label, l.text]))).not.toMatch(
      /answererKind|duty-lawyer|lawyerId|0b7e4d8a/,
    );
  });

  it('masks a phone number its definition marks (法治宣传 联系电话), like everywhere else', () => {
    const out = lines(
      'publicity',
      'request',
      { kind: 'lecture', organisation: '某社区', contactName: '赵女士', contactPhone: '13600004444' },
      'zh-CN',
    );
    const phone = out.find((l) => l.key === 'contactPhone');
    expect(phone?.text).toBe('136****4444');
    expect(JSON.stringify(out)).not.toContain('13600004444');
  });

  it("shows a notarization's materials by their labels", () => {
    const out = lines('notarization', 'record-materials', { items: ['id', 'diploma'] }, 'zh-CN');
    expect(out.map((l) => [l.label, l.text])).toEqual([
      ['收到的材料', '当事人身份证件、毕业证书、学位证书原件'],
    ]);
  });

  it('speaks English in the en-US locale', () => {
    const out = lines(
      'consultation',
      'register',
      { channel: 'window', category: 'property', question: '墙裂了' },
      'en-US',
    );
    expect(out.map((l) => [l.label, l.text])).toEqual([
      ['Channel', 'Window (ticket)'],
      ['Category', 'Housing and property'],
      ['Question', '墙裂了'],
    ]);
  });

  it('shows dates, yes/no, money and nested lists readably', () => {
    expect(
      lines(
        'mediation',
        'sign-agreement',
        {
          signedOn: '2026-03-16',
          allPartiesSigned: true,
          mediatorSigned: true,
          sealAffixed: false,
        },
        'zh-CN',
      ).map((l) => l.text),
    ).toEqual(['2026年3月16日', '是', '是', '否']);
    const terms = lines(
      'mediation',
      'draft-agreement',
      {
        form: 'written',
        terms: [
          { content: '赔偿修复费用三千元', performanceManner: '现金', performanceDeadline: '2026-04-01' },
        ],
      },
      'zh-CN',
    );
    expect(terms).toEqual([
      { key: 'form', label: '协议形式', text: '书面协议' },
      {
        key: 'terms',
        label: '协议内容',
        text: '赔偿修复费用三千元，履行方式：现金，履行期限：2026年4月1日',
      },
    ]);
    const fee = lines('notarization', 'pay-fee', { amountFen: 125_000, receiptNumber: 'No.88' }, 'en-US');
    expect(fee.find((l) => l.key === 'amountFen')?.text).toBe('CNY 1,250.00');
  });

  it('lists the fields in the form’s order, whatever order the stored JSON has', () => {
    const out = lines(
      'consultation',
      'register',
      { question: '墙裂了', category: 'property', channel: 'window' },
      'zh-CN',
    );
    expect(out.map((l) => l.label)).toEqual(['咨询渠道', '咨询类别', '咨询的问题']);
  });

  it('leaves out fields the catalog does not name, and everything of an unknown action', () => {
    expect(lines('mediation', 'withdraw', { reason: '已和解', stray: 'x' }, 'zh-CN')).toEqual([
      { key: 'reason', label: '撤回原因', text: '已和解' },
    ]);
    expect(describePayload({ reason: 'x' }, undefined, {}, 'zh-CN')).toEqual([]);
  });

  it('formats business dates in either language', () => {
    expect(formatBusinessDate('2026-03-06', 'zh-CN')).toBe('2026年3月6日');
    expect(formatBusinessDate('2026-03-06', 'en-US')).toBe('Mar 6, 2026');
  });
});
