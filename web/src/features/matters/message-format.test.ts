import { describe, expect, it } from 'vitest';
import { fillMessage } from './message-format';

describe('fillMessage', () => {
  it('fills names and leaves unknown ones', () => {
    expect(fillMessage('{date} 届满', { date: '2026-12-01' })).toBe('2026-12-01 届满');
    expect(fillMessage('{a} {b}', { a: 1 })).toBe('1 {b}');
    expect(fillMessage('no vars')).toBe('no vars');
  });

  it('counts in English: 1 day, 0 and 2 days; Chinese unchanged', () => {
    const left = '{n} {n|day|days} left';
    expect(fillMessage(left, { n: 1 })).toBe('1 day left');
    expect(fillMessage(left, { n: 0 })).toBe('0 days left');
    expect(fillMessage(left, { n: 2 })).toBe('2 days left');
    expect(fillMessage('{n} {n|day|days} overdue', { n: 1 })).toBe('1 day overdue');
    expect(fillMessage('剩 {n} 天', { n: 1 })).toBe('剩 1 天');
  });
});

describe('party role names', () => {
  it('every role has a Chinese and an English name', async () => {
    const { roleName } = await import('./messages');
    const { PARTY_ROLES } = await import('./types');
    for (const role of PARTY_ROLES) {
      expect(roleName(role, 'zh-CN')).toMatch(/\p{Script=Han}/u);
      expect(roleName(role, 'en-US')).toMatch(/^[A-Z][a-z ]+$/);
    }
    expect(roleName('respondent', 'en-US')).toBe('Respondent');
  });
});
