import type { Locale } from '../../app/i18n';
import { formatInstant } from '../../lib/dates';
import type { Ticket } from './types';

/** `09:30` Beijing time (tickets live one business day, so the date adds nothing); `—` for none. */
export function timeOf(iso: string | null): string {
  return iso ? formatInstant(iso, true).slice(11) : '—';
}

/** Issue → first call, whole minutes: how long this citizen waited. */
export function waitedText(ticket: Ticket, locale: Locale = 'zh-CN'): string {
  const called = ticket.firstCalledAt ?? ticket.calledAt;
  if (!called) return '—';
  const n = Math.max(0, Math.round((Date.parse(called) - Date.parse(ticket.issuedAt)) / 60_000));
  return locale === 'zh-CN' ? `${n} 分钟` : `${n} min`;
}
