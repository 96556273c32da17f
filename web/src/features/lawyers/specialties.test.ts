import { LAWYER_SPECIALTIES } from '@server/use-cases/lawyers/lawyer-item';
import { describe, expect, it } from 'vitest';
import { SPECIALTY, SPECIALTY_SUGGESTIONS, specialtyName } from './specialties';

describe('specialtyName', () => {
  it('names the known vocabulary in English in en-US and as written in zh-CN', () => {
    expect(specialtyName('en-US', '行政诉讼')).toBe('Administrative litigation');
    expect(specialtyName('en-US', '合同纠纷')).toBe('Contract disputes');
    expect(specialtyName('zh-CN', '行政诉讼')).toBe('行政诉讼');
  });

  it('leaves free text as typed in either language', () => {
    expect(specialtyName('en-US', '涉外婚姻')).toBe('涉外婚姻');
    expect(specialtyName('zh-CN', '涉外婚姻')).toBe('涉外婚姻');
    expect(specialtyName('en-US', 'constructor')).toBe('constructor');
  });

  it('has an English name for every specialty the server suggests', () => {
    expect(SPECIALTY_SUGGESTIONS).toEqual([...LAWYER_SPECIALTIES]);
    for (const s of LAWYER_SPECIALTIES) expect(SPECIALTY[s]?.[1]).toMatch(/^[A-Z][a-z ]+$/);
  });
});
