import { describe, expect, it } from 'vitest';
import { historyLabel, historySummary } from './history-text';

const review = {
  type: 'review',
  label: '审查',
  summary: '审查意见：给予法律援助（符合条件）',
  facts: { recommendation: 'grant' as const, opinion: '符合条件' },
};

describe('historySummary', () => {
  it("keeps the server's Chinese in zh-CN", () => {
    expect(historySummary(review, 'zh-CN')).toBe(review.summary);
  });

  it('words the review in English, the opinion as typed', () => {
    expect(historySummary(review, 'en-US')).toBe('Review opinion: grant legal aid (符合条件)');
    expect(historySummary({ ...review, facts: { recommendation: 'refuse', opinion: null } }, 'en-US')).toBe(
      'Review opinion: refuse legal aid',
    );
  });

  it('names refusal reasons, termination grounds and objection outcomes from the English tables', () => {
    expect(
      historySummary(
        {
          type: 'refuse',
          label: '',
          summary: 'x',
          facts: { reasonCodes: ['has-agent'], text: '已委托律师' },
        },
        'en-US',
      ),
    ).toBe('The applicant has already engaged a defender or agent. 已委托律师');
    expect(
      historySummary(
        { type: 'terminate', label: '', summary: 'x', facts: { ground: 6, text: '自行委托' } },
        'en-US',
      ),
    ).toBe('Art. 48 para. 1 item 6: The aided person engaged a lawyer or other agent. 自行委托');
    expect(
      historySummary(
        { type: 'decide-objection', label: '', summary: 'x', facts: { outcome: 'upheld', text: '理由充分' } },
        'en-US',
      ),
    ).toBe("Uphold the agency's decision: 理由充分");
  });

  it('words materials, assignment and closing with their dates and names', () => {
    expect(
      historySummary(
        {
          type: 'request-materials',
          label: '',
          summary: 'x',
          facts: { items: ['收入证明', '身份证'], dueDate: '2026-12-04' },
        },
        'en-US',
      ),
    ).toBe('To supply: 收入证明; 身份证; by 2026-12-04');
    expect(
      historySummary(
        {
          type: 'assign',
          label: '',
          summary: 'x',
          facts: { providerName: '王律师', firmName: '某律师事务所' },
        },
        'en-US',
      ),
    ).toBe('Assigned to 王律师 (某律师事务所)');
    expect(
      historySummary(
        { type: 'close-case', label: '', summary: 'x', facts: { endedOn: '2026-11-30', text: '调解结案' } },
        'en-US',
      ),
    ).toBe('Closed on 2026-11-30: 调解结案');
  });

  it('keeps free-text lines and entries without facts as the server wrote them', () => {
    expect(historySummary({ type: 'comment', label: '备注', summary: '电话联系', facts: {} }, 'en-US')).toBe(
      '电话联系',
    );
    expect(
      historySummary({ type: 'review', label: '审查', summary: '审查意见：给予法律援助' }, 'en-US'),
    ).toBe('审查意见：给予法律援助');
  });
});

describe('historyLabel', () => {
  it('names the action in the locale and a commitment attachment by what it is', () => {
    expect(historyLabel(review, 'en-US')).toBe('Reviewed');
    expect(historyLabel(review, 'zh-CN')).toBe('审查');
    const signed = {
      type: 'attach',
      label: '签署告知承诺书',
      summary: 'a.png',
      facts: { kind: 'commitment-signature' },
    };
    expect(historyLabel(signed, 'zh-CN')).toBe('签署告知承诺书');
    expect(historyLabel(signed, 'en-US')).toBe('Commitment letter signed');
    expect(historyLabel({ ...signed, facts: { kind: 'commitment-scan' } }, 'en-US')).toBe(
      'Commitment letter uploaded',
    );
    expect(
      historyLabel({ type: 'attach', label: '上传附件', summary: 'a.png', facts: { kind: null } }, 'en-US'),
    ).toBe('Attachment');
    expect(historyLabel({ type: 'unknown', label: '未知', summary: '' }, 'en-US')).toBe('未知');
  });
});
