import { describe, expect, it } from 'vitest';
import { defaultPartyRole, roleName } from './roles';

describe('defaultPartyRole', () => {
  it('仲裁: the second party starts as 被申请人', () => {
    expect(defaultPartyRole('arbitration', 0)).toBe('applicant');
    expect(roleName(defaultPartyRole('arbitration', 1), 'zh-CN')).toBe('被申请人');
  });

  it('司法鉴定: the first party starts as 委托人', () => {
    expect(roleName(defaultPartyRole('appraisal', 0), 'zh-CN')).toBe('委托人');
  });

  it('elsewhere: 申请人, then 对方当事人', () => {
    expect(defaultPartyRole('mediation', 0)).toBe('applicant');
    expect(defaultPartyRole('mediation', 2)).toBe('opposing-party');
  });
});
