import { describe, expect, it } from 'vitest';
import { notYetShown, orderConflicts } from './conflict-order';
import type { ConflictWarning } from './types';

const other = (id: string, number: string) => ({ id, service: 'mediation', number, status: 'accepted' });
const warning = (
  message: string,
  adverse: boolean,
  matchedBy: ConflictWarning['matchedBy'],
  matter: ConflictWarning['matter'] = other('m1', '2026-TJ-0001'),
): ConflictWarning => ({
  partyName: '张三',
  partyRole: 'applicant',
  matchedBy,
  adverse,
  otherRole: adverse ? 'respondent' : 'applicant',
  matter,
  message,
  messageEn: message,
});

describe('orderConflicts', () => {
  it('opposite sides first, then certain (ID number) before possible (name) matches; stable otherwise', () => {
    const sameByName = warning('same side, by name', false, 'name');
    const adverseByName = warning('opposite, by name', true, 'name', other('m2', 'B'));
    const sameById = warning('same side, by ID', false, 'id-number', other('m3', 'C'));
    const adverseById = warning('opposite, by ID', true, 'id-number', other('m4', 'D'));
    const adverseById2 = warning('opposite, by ID, second', true, 'id-number', other('m5', 'E'));
    expect(
      orderConflicts([sameByName, adverseByName, sameById, adverseById, adverseById2]).map((w) => w.message),
    ).toEqual([
      'opposite, by ID',
      'opposite, by ID, second',
      'opposite, by name',
      'same side, by ID',
      'same side, by name',
    ]);
  });

  it('keeps a warning about the same other matter in the same words once', () => {
    const w = warning('opposite, by ID', true, 'id-number');
    expect(orderConflicts([w, { ...w }])).toEqual([w]);
  });
});

describe('notYetShown', () => {
  it('drops what the page already shows (a referral repeating the consultation’s warning), keeps the new', () => {
    const shown = warning('opposite, by ID', true, 'id-number');
    const fresh = warning('opposite, by ID', true, 'id-number', other('m9', 'Z'));
    expect(notYetShown([{ ...shown }, fresh], [shown])).toEqual([fresh]);
    expect(notYetShown([fresh], undefined)).toEqual([fresh]);
  });
});
