import { formatPeopleAhead } from '@core/queue/call-order';
import { isPriorityGroup, priorityGroupLabel } from '@core/queue/priority';
import { QRCode } from 'antd';
import { createPortal } from 'react-dom';
import type { IssuedTicket } from '../../features/queue/types';
import { beijingParts, HALL_NAME } from '../beijing-clock';
import { useCitizenBaseUrl } from '../citizen-base-url';
import './ticket-slip.css';
import { waitText } from './wait-text';

export function priorityLabels(groups: readonly string[]): string[] {
  return groups.map((g) => (isPriorityGroup(g) ? priorityGroupLabel(g) : g));
}

function issuedText(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  const p = beijingParts(at);
  return `${p.date} ${p.time}`;
}

/**
 * The printed 80 mm slip. It is rendered into <body> next to #root and hidden on screen; print CSS
 * (ticket-slip.css) hides everything else while it exists, so `window.print()` prints only the slip.
 */
export function PrintSlip({ ticket }: { ticket: IssuedTicket }) {
  const groups = priorityLabels(ticket.priorityGroups);
  return createPortal(
    <div className="lh-print-slip" aria-hidden="true">
      <div className="lh-print-hall">{HALL_NAME}</div>
      <div className="lh-print-rule" />
      <div className="lh-print-service">{ticket.serviceName}</div>
      <div className="lh-print-number">{ticket.number}</div>
      {ticket.priority ? (
        <div className="lh-print-priority">优先{groups.length ? `（${groups.join('、')}）` : ''}</div>
      ) : null}
      <div className="lh-print-line">
        您前面还有 <b>{formatPeopleAhead(ticket.peopleAhead)}</b> 人
      </div>
      <div className="lh-print-line">预计等候：{waitText(ticket)}</div>
      <div className="lh-print-line">取号时间：{issuedText(ticket.issuedAt)}</div>
      {ticket.evaluationCode ? (
        <div className="lh-print-line">评价码：{ticket.evaluationCode}（办结后扫码或在大屏二维码处评价）</div>
      ) : null}
      <div className="lh-print-rule" />
      <div className="lh-print-note">请留意大屏幕和语音叫号。过号请到导服台。本号当日有效。</div>
    </div>,
    document.body,
  );
}

/** The slip as the kiosk shows it on screen, big. */
export function ScreenSlip({ ticket }: { ticket: IssuedTicket }) {
  const groups = priorityLabels(ticket.priorityGroups);
  const citizenBase = useCitizenBaseUrl();
  return (
    <div className="kiosk-slip" data-testid="ticket-slip">
      <div className="kiosk-slip-head">
        <span className="kiosk-slip-service">{ticket.serviceName}</span>
        {ticket.priority ? (
          <span className="kiosk-slip-priority" data-testid="ticket-priority">
            优先
          </span>
        ) : null}
      </div>
      <div className="kiosk-slip-label">您的排队号</div>
      <div className="kiosk-slip-number" data-testid="ticket-number">
        {ticket.number}
      </div>
      {ticket.priority && groups.length ? (
        <div className="kiosk-slip-groups">{groups.join('、')}优先办理</div>
      ) : null}
      <div className="kiosk-slip-facts">
        <div>
          <span>前面还有</span>
          <b>{formatPeopleAhead(ticket.peopleAhead)} 人</b>
        </div>
        <div>
          <span>预计等候</span>
          <b>{waitText(ticket)}</b>
        </div>
        <div>
          <span>取号时间</span>
          <b>{issuedText(ticket.issuedAt).split(' ').slice(-1)[0]}</b>
        </div>
      </div>
      {ticket.citizenToken ? (
        <div className="kiosk-slip-qr" data-testid="ticket-qr">
          <QRCode value={`${citizenBase}/m/t/${ticket.citizenToken}`} size={120} />
          <span>
            手机扫码查看排队进度，办结后评价
            <br />
            评价码 {ticket.evaluationCode}
          </span>
        </div>
      ) : null}
      <div className="kiosk-slip-note">请在等候区就座，留意大屏幕和语音叫号</div>
    </div>
  );
}
