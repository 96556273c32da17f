import { hasCjk } from '@core/i18n/localized';
import { describe, expect, it } from 'vitest';
import { adverseElsewhereMessage, selfConflictMessage } from './party-conflict-message';

const ROLES = ['applicant', 'client', 'complainant', 'respondent', 'opposing-party', 'agent', 'third-party'];
const SERVICES = [
  'legal-aid',
  'consultation',
  'mediation',
  'notarization',
  'lawyer',
  'arbitration',
  'appraisal',
  'reconsideration',
  'publicity',
  'aid-qualification',
];
const NUMBER = '包调〔2026〕第0007号';

describe('conflict warning wording', () => {
  it('names roles and windows in both languages; the English has no Chinese but the matter number', () => {
    for (const role of ROLES)
      for (const otherRole of ROLES)
        for (const service of SERVICES)
          for (const byNameOnly of [true, false]) {
            const message = adverseElsewhereMessage({
              partyName: '张明华',
              role,
              otherRole,
              service,
              number: NUMBER,
              byNameOnly,
            });
            expect(message.zh).toContain('张明华');
            expect(message.en).toContain(NUMBER);
            expect(hasCjk(message.en.replace(NUMBER, '')), message.en).toBe(false);
          }
  });

  it('reads as before in Chinese and plainly in English', () => {
    expect(
      adverseElsewhereMessage({
        partyName: '张明华',
        role: 'applicant',
        otherRole: 'opposing-party',
        service: 'legal-aid',
        number: NUMBER,
        byNameOnly: true,
      }),
    ).toEqual({
      zh: `同名：张明华（本事项申请人）在法律援助事项 ${NUMBER}中为对方当事人，双方立场相对，请注意利益冲突`,
      en: `A person of the same name as the applicant of this matter is the opposing party in legal aid matter ${NUMBER}: opposite sides, mind the conflict of interest`,
    });
    expect(selfConflictMessage('赵德福', 'client', 'respondent').en).toBe(
      'The same person is both client and respondent in this matter: opposite sides, mind the conflict of interest',
    );
  });
});
