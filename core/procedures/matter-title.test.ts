import { describe, expect, it } from 'vitest';
import { matterTitle } from './matter-title';

describe('matterTitle', () => {
  it('names the window, both sides and the kind of dispute', () => {
    const input = {
      service: 'mediation' as const,
      parties: [
        { name: '李四', role: 'applicant' },
        { name: '王五', role: 'opposing-party' },
        { name: '赵律师', role: 'agent' },
      ],
      state: { disputeKind: 'neighbour' },
      summary: '楼上漏水',
    };
    expect(matterTitle(input, 'zh')).toBe('人民调解 · 李四 与 王五（邻里纠纷）');
    expect(matterTitle(input, 'en')).toBe("People's mediation · 李四 and 王五 (Neighbour dispute)");
  });

  it('a claim against the other side reads 诉 / v.', () => {
    const input = {
      service: 'arbitration' as const,
      parties: [
        { name: '张三', role: 'applicant' },
        { name: '某某公司', role: 'respondent' },
      ],
      state: {},
    };
    expect(matterTitle(input, 'zh')).toBe('仲裁 · 张三 诉 某某公司');
    expect(matterTitle(input, 'en')).toBe('Arbitration · 张三 v. 某某公司');
  });

  it('a notarization without recorded parties names its applicant and matter type', () => {
    const input = {
      service: 'notarization' as const,
      parties: [],
      state: { applicantName: '赵六', matterType: 'inheritance' },
    };
    expect(matterTitle(input, 'zh')).toBe('公证 · 赵六（继承）');
    expect(matterTitle(input, 'en')).toBe('Notarization · 赵六 (Inheritance)');
  });

  it('many parties are shortened; without parties the summary, else the window alone', () => {
    const many = ['甲', '乙', '丙'].map((name) => ({ name, role: 'applicant' }));
    expect(matterTitle({ service: 'consultation', parties: many, state: {} }, 'zh')).toBe(
      '法律咨询 · 甲、乙等',
    );
    expect(matterTitle({ service: 'consultation', parties: many, state: {} }, 'en')).toBe(
      'Legal consultation · 甲, 乙 et al.',
    );
    expect(
      matterTitle({ service: 'consultation', parties: [], state: {}, summary: '工资被拖欠怎么办' }, 'zh'),
    ).toBe('法律咨询 · 工资被拖欠怎么办');
    expect(matterTitle({ service: 'consultation', parties: [], state: {}, summary: '法律咨询' }, 'en')).toBe(
      'Legal consultation',
    );
  });
});
