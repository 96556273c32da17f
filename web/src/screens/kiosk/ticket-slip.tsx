import { formatPeopleAhead } from '@core/queue/call-order';
import { QRCode } from 'antd';
import { createPortal } from 'react-dom';
import { inParens, type Locale, translate, useI18n } from '../../app/i18n';
import { groupLabel } from '../../features/queue/ticket-bits';
import type { IssuedTicket } from '../../features/queue/types';
import { beijingParts } from '../beijing-clock';
import { useCitizenBaseUrl } from '../citizen-base-url';
import { kioskMessages, serviceNameIn } from './messages';
import './ticket-slip.css';
import { waitText } from './wait-text';

/** The priority groups' labels in `locale` (老年人, 残疾人 / Elderly, Disabled). */
export function priorityLabels(groups: readonly string[], locale: Locale = 'zh-CN'): string[] {
  return groups.map((g) => groupLabel(g, locale));
}

function listText(locale: Locale, items: readonly string[]): string {
  return items.join(locale === 'zh-CN' ? '、' : ', ');
}

/** When the ticket was taken, in Beijing time: `2026年3月2日` / `Mar 2, 2026` and `09:30` (none for a bad instant). */
function issuedParts(iso: string, locale: Locale): { date: string; time: string } | undefined {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return undefined;
  const p = beijingParts(at, locale);
  return { date: p.date, time: p.time };
}

/**
 * The printed 80 mm slip, in `locale` (the kiosk's current language; the reception desk prints Chinese
 * whatever its clerk reads). It is rendered into <body> next to #root and hidden on screen; print CSS
 * (ticket-slip.css) hides everything else while it exists, so `window.print()` prints only the slip.
 */
export function PrintSlip({ ticket, locale }: { ticket: IssuedTicket; locale: Locale }) {
  const t = kioskMessages(locale);
  const groups = priorityLabels(ticket.priorityGroups, locale);
  const issued = issuedParts(ticket.issuedAt, locale);
  return createPortal(
    <div
      className={locale === 'zh-CN' ? 'lh-print-slip' : 'lh-print-slip lh-print-slip-en'}
      lang={locale}
      aria-hidden="true"
      data-testid="print-slip"
    >
      <div className="lh-print-hall">{translate(locale, 'app.hall')}</div>
      <div className="lh-print-rule" />
      <div className="lh-print-service">{serviceNameIn(locale, ticket.serviceCode, ticket.serviceName)}</div>
      <div className="lh-print-number">{ticket.number}</div>
      {ticket.priority ? (
        <div className="lh-print-priority">
          {t('slipPriority')}
          {groups.length ? inParens(locale, listText(locale, groups)) : ''}
        </div>
      ) : null}
      <div className="lh-print-line">
        {t('printAheadPrefix')} <b>{formatPeopleAhead(ticket.peopleAhead)}</b> {t('printAheadSuffix')}
      </div>
      <div className="lh-print-line">{t('printWait', { wait: waitText(ticket, locale) })}</div>
      <div className="lh-print-line">
        {t('printIssuedAt', { at: issued ? `${issued.date} ${issued.time}` : '' })}
      </div>
      {ticket.evaluationCode ? (
        <div className="lh-print-line">{t('printEvaluation', { code: ticket.evaluationCode })}</div>
      ) : null}
      <div className="lh-print-rule" />
      <div className="lh-print-note">{t('printNote')}</div>
    </div>,
    document.body,
  );
}

/** The slip as the kiosk shows it on screen, big, in the kiosk's language. */
export function ScreenSlip({ ticket }: { ticket: IssuedTicket }) {
  const { locale } = useI18n();
  const t = kioskMessages(locale);
  const groups = priorityLabels(ticket.priorityGroups, locale);
  const citizenBase = useCitizenBaseUrl();
  return (
    <div className="kiosk-slip" data-testid="ticket-slip">
      <div className="kiosk-slip-head">
        <span className="kiosk-slip-service">
          {serviceNameIn(locale, ticket.serviceCode, ticket.serviceName)}
        </span>
        {ticket.priority ? (
          <span className="kiosk-slip-priority" data-testid="ticket-priority">
            {t('slipPriority')}
          </span>
        ) : null}
      </div>
      <div className="kiosk-slip-label">{t('slipYourNumber')}</div>
      <div className="kiosk-slip-number" data-testid="ticket-number">
        {ticket.number}
      </div>
      {ticket.priority && groups.length ? (
        <div className="kiosk-slip-groups">{t('slipGroupsFirst', { groups: listText(locale, groups) })}</div>
      ) : null}
      <div className="kiosk-slip-facts">
        <div>
          <span>{t('slipAhead')}</span>
          <b>{t('slipAheadCount', { n: formatPeopleAhead(ticket.peopleAhead) })}</b>
        </div>
        <div>
          <span>{t('slipWait')}</span>
          <b>{waitText(ticket, locale)}</b>
        </div>
        <div>
          <span>{t('slipIssuedAt')}</span>
          <b>{issuedParts(ticket.issuedAt, locale)?.time ?? ''}</b>
        </div>
      </div>
      {ticket.citizenToken ? (
        <div className="kiosk-slip-qr" data-testid="ticket-qr">
          <QRCode value={`${citizenBase}/m/t/${ticket.citizenToken}`} size={120} />
          <span>
            {t('slipQr')}
            <br />
            {t('slipEvaluationCode', { code: ticket.evaluationCode ?? '' })}
          </span>
        </div>
      ) : null}
      <div className="kiosk-slip-note">{t('slipNote')}</div>
    </div>
  );
}
