import { AppError, badInput } from '@core/errors';
import { normalizePhone } from '@core/identity';

/**
 * Errors of the citizens' public endpoints. They never say whether an ID number, a phone number or a
 * matter exists: a wrong phone, a wrong number, a wrong, used or expired code all give INVALID_CODE.
 */
export const citizenErrors = {
  invalidCode: () => badInput('CITIZEN.INVALID_CODE', '验证码错误或已失效，请重新获取', 'code'),
  codeRateLimited: () =>
    new AppError('rate-limited', 'CITIZEN.CODE_RATE_LIMITED', '获取验证码过于频繁，请稍后再试'),
  /** No live access under this token (never issued, forged or past its 30 minutes): 404, not a login matter. */
  accessExpired: () => new AppError('not-found', 'CITIZEN.ACCESS_EXPIRED', '查询已过期，请重新获取验证码'),
  invalidMatterNumber: () =>
    badInput(
      'CITIZEN.INVALID_MATTER_NUMBER',
      '事项编号格式不正确，例如：包法援〔2026〕第0001号',
      'matterNumber',
    ),
  ticketNotFound: () => new AppError('not-found', 'CITIZEN.TICKET_NOT_FOUND', '未找到该号票，请核对后重试'),
};

/** A phone number as digits (core/identity), or 400 PERSON.INVALID_PHONE on `field`. */
export function checkedPhone(phone: string, field = 'phone'): string {
  const parsed = normalizePhone(phone);
  if (!parsed.ok) throw badInput('PERSON.INVALID_PHONE', parsed.message, field);
  return parsed.phone;
}
