import { ReadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Statistic, Tag } from 'antd';
import { Link } from 'react-router';
import { useCan } from '../../app/auth';
import { api } from '../../lib/api';
import { formatInstant } from '../../lib/dates';
import { percent, useSessionName } from './labels';
import { useStudyMessages } from './messages';
import type { MyAttendance, MyPaperItem } from './types';

/**
 * 我的学习 on the home page (staff programme, issue #8): the user's next session, their attendance rate
 * and the tests waiting for them, each linking to its page. Shown to everyone taking part.
 */
export function StudyHomeCard() {
  const m = useStudyMessages();
  const sessionName = useSessionName();
  const attendance = useQuery({
    queryKey: ['study', 'me', 'attendance'],
    queryFn: () => api.get<MyAttendance>('/api/study/me/attendance'),
  });
  const papers = useQuery({
    queryKey: ['study', 'papers', 'mine'],
    queryFn: () => api.get<{ items: MyPaperItem[] }>('/api/study/papers', { view: 'mine' }),
  });
  const now = Date.now();
  // The next session not yet ended (the earliest such); one already begun is marked 进行中.
  const next = (attendance.data?.sessions ?? [])
    .filter((s) => !s.cancelled && Date.parse(s.endsAt) > now)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))[0];
  const running = next !== undefined && Date.parse(next.startsAt) <= now;
  // Shown as '—' until the papers are in: the card's loading follows the attendance only.
  const pending = (papers.data?.items ?? []).filter(
    (p) => p.open && (p.openAttemptId !== null || p.attemptsUsed === 0),
  ).length;
  return (
    <Card
      size="small"
      title={
        <span>
          <ReadOutlined style={{ marginRight: 6 }} />
          {m('homeStudyTitle')}
        </span>
      }
      extra={<Link to="/study/me">{m('homeStudyMore')}</Link>}
      loading={attendance.isPending}
      data-testid="home-study"
      style={{ marginTop: 16 }}
    >
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <Link to={next ? `/study/plans/${next.planId}` : '/study/me'}>
            <Statistic
              title={m('homeNextSession')}
              value={next ? sessionName(next.kind, next.title) : m('homeNoSession')}
              styles={{ content: { fontSize: 18 } }}
            />
            {next ? (
              <div style={{ color: 'var(--lh-text-2)' }}>
                {running ? (
                  <Tag color="processing" data-testid="home-session-running">
                    {m('inProgress')}
                  </Tag>
                ) : null}
                <span data-testid="home-next-session">
                  {[formatInstant(next.startsAt), next.location].filter(Boolean).join(' · ')}
                </span>
              </div>
            ) : null}
          </Link>
        </Col>
        <Col xs={12} md={7}>
          <Link to="/study/attendance">
            <Statistic
              title={m('homeMyRate')}
              value={percent(attendance.data?.tally.rate, m('noData'))}
              styles={{ content: { fontSize: 18 } }}
            />
          </Link>
        </Col>
        <Col xs={12} md={7}>
          <Link to="/study/tests">
            <Statistic
              title={m('homePendingTests')}
              value={papers.data ? pending : '—'}
              suffix={m('homeTestsUnit')}
              styles={{ content: { fontSize: 18 } }}
              data-testid="home-pending-tests"
            />
          </Link>
        </Col>
      </Row>
    </Card>
  );
}

/** The card for users who take part in the programme; nothing for the others. */
export function StudyHomeSection() {
  return useCan('study.participate') ? <StudyHomeCard /> : null;
}
