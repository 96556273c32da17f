import { useMutation } from '@tanstack/react-query';
import { Button, Card, Result } from 'antd';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, errorMessage } from '../../lib/api';
import { formatInstant } from '../../lib/dates';
import { useSessionTitle, useVocabulary } from './labels';
import { useStudyMessages } from './messages';

interface CheckInReply {
  sessionId: string;
  title: string;
  status: 'present' | 'late' | 'leave';
  checkedInAt: string | null;
  alreadyCheckedIn: boolean;
}

/**
 * 扫码签到: the page the room screen's QR code opens (`/check-in?s=<session>&t=<token>`). After login (the
 * login page comes back here) it checks in once; the server verifies the code is of this session and not
 * expired.
 */
export default function CheckInPage() {
  const m = useStudyMessages();
  const vocabulary = useVocabulary();
  const sessionTitle = useSessionTitle();
  const [params] = useSearchParams();
  const sessionId = params.get('s') ?? '';
  const token = params.get('t') ?? '';
  const sent = useRef(false);
  const checkIn = useMutation({
    mutationFn: () => api.post<CheckInReply>('/api/study/check-in', { sessionId, token }),
  });
  useEffect(() => {
    if (sent.current || !sessionId || !token) return;
    sent.current = true;
    checkIn.mutate();
  }, [sessionId, token, checkIn]);
  if (!sessionId || !token)
    return (
      <Card>
        <Result status="warning" title={m('checkInInvalid')} subTitle={m('checkInScanHint')} />
      </Card>
    );
  if (checkIn.isError)
    return (
      <Card>
        <Result
          status="error"
          title={m('checkInFailed')}
          subTitle={<span data-testid="check-in-error">{errorMessage(checkIn.error)}</span>}
          extra={
            <Link to="/study/me">
              <Button>{m('myTitle')}</Button>
            </Link>
          }
        />
      </Card>
    );
  const r = checkIn.data;
  if (!r) return <Card loading />;
  return (
    <Card>
      <Result
        status="success"
        title={
          <span data-testid="check-in-result">
            {m(r.alreadyCheckedIn ? 'checkInAlready' : 'checkInDone')}
          </span>
        }
        subTitle={`${sessionTitle(r.title)} · ${vocabulary.attendance[r.status]} · ${formatInstant(r.checkedInAt, true)}`}
        extra={
          <Link to="/study/me">
            <Button type="primary">{m('myTitle')}</Button>
          </Link>
        }
      />
    </Card>
  );
}
