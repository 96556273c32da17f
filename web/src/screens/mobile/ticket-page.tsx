import type { EvaluationChannel } from '@core/evaluation';
import { formatPeopleAhead } from '@core/queue/call-order';
import { Alert, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { screenMessage } from '../public-fetch';
import { mobileApi } from './mobile-api';
import { RatingDone, RatingForm, type RatingValue } from './rating-form';

interface CitizenTicket {
  number: string;
  serviceName: string;
  status: string;
  statusLabel: string;
  peopleAhead: number | null;
  window: { number: number; name: string } | null;
  evaluationCode: string;
  evaluation: {
    rateable: boolean;
    given: { levelLabel: string } | null;
    rectification: { statusLabel: string; followUpAllowed: boolean } | null;
  };
}

const CHANNELS: EvaluationChannel[] = ['window-pad', 'kiosk', 'display-qr', 'phone'];

/**
 * /m/t/:token — a ticket on the phone (remote ticket, slip QR code) or on the window's 评价器 (`?via=window-pad`):
 * where it stands, and once finished the 好差评 for it.
 */
export default function TicketPage() {
  const { token = '' } = useParams();
  const [params] = useSearchParams();
  const via = params.get('via');
  const channel: EvaluationChannel = CHANNELS.includes(via as EvaluationChannel)
    ? (via as EvaluationChannel)
    : 'phone';
  const [ticket, setTicket] = useState<CitizenTicket>();
  const [error, setError] = useState<string>();
  const load = useCallback(
    () =>
      mobileApi.get<CitizenTicket>(`/api/public/tickets/${encodeURIComponent(token)}`).then(
        (t) => {
          setTicket(t);
          setError(undefined);
        },
        (e) => setError(screenMessage(e)),
      ),
    [token],
  );
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), 10_000);
    return () => clearInterval(timer);
  }, [load]);

  if (error && !ticket) return <Alert type="error" showIcon title={error} />;
  if (!ticket) return <Spin />;
  const base = `/api/public/tickets/${encodeURIComponent(token)}/evaluation`;
  const rate = (v: RatingValue) => mobileApi.post(base, { ...v, channel }).then(load);
  const followUp = (v: RatingValue) =>
    mobileApi
      .post(`${base}/follow-up`, { level: v.level, ...(v.comment ? { comment: v.comment } : {}) })
      .then(load);
  return (
    <div data-testid="ticket-view">
      <div className="m-card" style={{ textAlign: 'center' }}>
        <div className="m-muted">{ticket.serviceName}</div>
        <div className="m-big-number">{ticket.number}</div>
        <div>
          <b>{ticket.statusLabel}</b>
          {ticket.peopleAhead !== null ? `，前面还有 ${formatPeopleAhead(ticket.peopleAhead)} 人` : ''}
        </div>
        {ticket.window && ticket.status !== 'finished' ? (
          <div className="m-question" style={{ marginTop: 8 }}>
            请到{ticket.window.number}号窗口（{ticket.window.name}）办理
          </div>
        ) : null}
        <div className="m-muted" style={{ marginTop: 8 }}>
          评价码 {ticket.evaluationCode}
        </div>
      </div>
      {ticket.evaluation.given ? (
        <RatingDone
          given={ticket.evaluation.given}
          rectification={ticket.evaluation.rectification}
          onFollowUp={followUp}
        />
      ) : ticket.evaluation.rateable ? (
        <RatingForm onSubmit={rate} />
      ) : (
        <div className="m-muted">办结后可在此评价本次服务。</div>
      )}
    </div>
  );
}
