/**
 * The English side of error replies (docs/api-conventions.md, "Error language"): a request with
 * `x-lawhall-locale: en` gets `message` in English. Rules that write their message in both languages
 * carry it (AppError.messageEn); the shared codes below have an English of their own for the places
 * that still throw Chinese only (their specific Chinese is then replaced by the code's general English);
 * request-schema errors are worded from the zod issue and the field's English name.
 */

import { englishFieldName, englishIssue, type IssueFacts, valueAt } from '@core/i18n/zod-issue-en';
import { FIELD_NAMES_EN } from '@core/procedures/field-labels';

/** General English of the shared codes (COMMON.*, AUTH.*), used when the thrower gave Chinese only. */
export const SHARED_MESSAGES_EN: Readonly<Record<string, string>> = {
  'COMMON.STALE_VERSION': 'This record was changed by someone else; refresh and try again',
  'COMMON.NOT_FOUND': 'Not found',
  'COMMON.INVALID_INPUT': 'The input is not valid',
  'COMMON.DUPLICATE': 'This record already exists',
  'COMMON.INTERNAL': 'Internal server error; please try again later',
  'COMMON.TOO_LARGE': 'The upload is too large',
  'COMMON.UNSUPPORTED_MEDIA': 'Unsupported content type',
  'COMMON.BAD_REQUEST': 'Bad request',
  'COMMON.RATE_LIMITED': 'Too many requests; please try again later',
  'AUTH.FORBIDDEN': 'You are not allowed to do this',
  'AUTH.CITY_LEVEL_ONLY': 'Only a city-level administrator may maintain the city’s shared reference data',
  'AUTH.UNAUTHENTICATED': 'Please log in first',
  'AUTH.CSRF': 'The security check failed; refresh the page and try again',
  'AUTH.INVALID_CREDENTIALS': 'Wrong user name or password',
  'AUTH.LOCKED': 'The account is locked for a while after repeated failed logins',
  'AUTH.RATE_LIMITED': 'Too many failed logins; please try again later',
};

/** English names of request fields the payload tables do not name (the matter routes' own bodies). */
const REQUEST_FIELD_NAMES_EN: Readonly<Record<string, string>> = {
  ...FIELD_NAMES_EN,
  service: 'Window (service)',
  orgId: 'Organisation',
  handlerUserId: 'Handler',
  ticketNumber: 'Ticket number',
  referredFromId: 'Referring matter',
  parties: 'Parties',
  personId: 'Person',
  name: 'Name',
  idNumber: 'ID number',
  role: 'Party role',
  type: 'Action',
  expectedVersion: 'Version',
  payload: 'Form',
  referralOpening: 'Referral form',
  id: 'Record id',
};

/** One issue as fastify-type-provider-zod reports it. */
interface ValidationIssue {
  instancePath?: string;
  keyword?: string;
  params?: Record<string, unknown>;
}

const pathOf = (instancePath: string | undefined): string[] =>
  (instancePath ?? '').split('/').filter((part) => part !== '');

/** The English message of one request-schema issue; `input` is the validated part of the request. */
export function validationIssueEnglish(issue: ValidationIssue, input: unknown): string {
  const path = pathOf(issue.instancePath);
  const facts: IssueFacts = { ...issue.params, code: issue.keyword };
  const name = englishFieldName(path, REQUEST_FIELD_NAMES_EN);
  return englishIssue(facts, name, valueAt(input, path) !== undefined);
}
