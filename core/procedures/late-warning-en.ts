import type { LateApplicationWarning } from './late-application';

const LIMIT_EN: Record<LateApplicationWarning['limit'], string> = {
  'labour-limitation': 'the one-year arbitration limitation period (art. 27)',
  'application-period': 'the statutory application period (art. 20)',
  'one-year-cap': 'the one-year limit for an applicant not told of the right to apply (art. 20, para. 3)',
  'long-stop': 'the long-stop limit from the act itself (art. 21)',
};

/**
 * A late-application warning (core/procedures/late-application.ts) in English, for refusals the server
 * words in the request's language: which claim (1-based) or the application, the limit and its last day.
 */
export function lateWarningEn(w: LateApplicationWarning): string {
  const what = w.claimIndex === undefined ? 'The application' : `Claim ${w.claimIndex + 1}`;
  return `${what} is past ${LIMIT_EN[w.limit]}, whose last day was ${w.lastDay}`;
}
