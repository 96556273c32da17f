import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  QRCode,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { PageHeader } from '../../app/page-header';
import { api } from '../../lib/api';
import { formatInstant } from '../../lib/dates';
import { useCitizenBaseUrl } from '../../screens/citizen-base-url';
import { AttendanceTag, titleIsKind, useVocabulary } from './labels';
import { useStudyMessages } from './messages';
import { type PendingRecord, RecordAttendanceModal } from './record-attendance-modal';
import type { CheckInToken, SessionAttendance } from './types';

/**
 * The screen's heading: the kind and the title, the kind said once — `晚学 · 2026-03-16` when the title is
 * only the kind's name (or empty), else `晚学：宪法专题学习`.
 */
function screenTitle(kind: string, title: string, sameAsKind: boolean, startsAt: string): string {
  return sameAsKind ? `${kind} · ${formatInstant(startsAt).slice(0, 10)}` : `${kind}：${title}`;
}

/**
 * 签到屏: the room screen of a session. Shows the current QR code (the server issues a new one every 30 s,
 * bound to this session; this page asks again every 5 s), the count so far, and the sign-in sheet where the
 * organiser can record someone by hand (代签到) or correct a status.
 */
export default function SessionScreenPage() {
  const { id = '' } = useParams();
  const m = useStudyMessages();
  const vocabulary = useVocabulary();
  const citizenBase = useCitizenBaseUrl();
  const code = useQuery({
    queryKey: ['study', 'check-in-token', id],
    queryFn: () => api.get<CheckInToken>(`/api/study/sessions/${id}/check-in-token`),
    refetchInterval: 5_000,
    refetchIntervalInBackground: true,
  });
  const sheet = useQuery({
    queryKey: ['study', 'attendance', id],
    queryFn: () => api.get<SessionAttendance>(`/api/study/sessions/${id}/attendance`),
    refetchInterval: 10_000,
  });
  const [pending, setPending] = useState<PendingRecord>();
  const data = code.data;
  const notYet = (status: string) => status === 'absent' && data?.phase !== 'closed';
  const url = data?.checkInPath ? `${citizenBase}${data.checkInPath}` : null;
  const session = data?.session;
  return (
    <div>
      <PageHeader
        title={
          session
            ? screenTitle(
                vocabulary.sessionKind[session.kind],
                session.title,
                titleIsKind(session.kind, session.title),
                session.startsAt,
              )
            : m('screenTitle')
        }
        subtitle={
          data
            ? [data.planTitle, formatInstant(data.session.startsAt), data.session.location]
                .filter(Boolean)
                .join(' · ')
            : ''
        }
        extra={
          <Button onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}>
            {m('fullScreen')}
          </Button>
        }
      />
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card style={{ textAlign: 'center' }}>
            {url ? (
              <div data-testid="check-in-qr" data-url={url}>
                <Space direction="vertical" align="center">
                  <Typography.Title level={3}>{m('scanToCheckIn')}</Typography.Title>
                  <QRCode value={url} size={320} />
                  <Typography.Text type="secondary">
                    {m('qrRotates', { at: formatInstant(data?.rotatesAt, true).slice(-8) })}
                  </Typography.Text>
                </Space>
              </div>
            ) : (
              <Alert
                type="info"
                showIcon
                title={data?.phase === 'closed' ? m('sessionClosed') : m('checkInNotYet')}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card>
            <Space size={48}>
              <Statistic title={m('checkedIn')} value={data?.checkedIn ?? 0} />
              <Statistic title={m('expectedCount')} value={data?.expected ?? 0} />
            </Space>
          </Card>
          <Card title={m('signInSheet')} style={{ marginTop: 16 }}>
            <Table
              rowKey="userId"
              size="small"
              loading={sheet.isPending}
              dataSource={sheet.data?.items ?? []}
              pagination={{ pageSize: 15 }}
              columns={[
                { title: m('person'), dataIndex: 'name' },
                { title: m('organisation'), dataIndex: 'unit' },
                {
                  title: m('situation'),
                  render: (_v, r) =>
                    notYet(r.status) ? <Tag>{m('notCheckedIn')}</Tag> : <AttendanceTag status={r.status} />,
                },
                { title: m('checkInTime'), render: (_v, r) => formatInstant(r.checkedInAt, true).slice(-8) },
                {
                  title: m('recordReason'),
                  render: (_v, r) => (r.method === 'organiser' ? (r.note ?? '') : ''),
                },
                {
                  title: m('recordByHand'),
                  render: (_v, r) => (
                    <Select
                      size="small"
                      style={{ width: 96 }}
                      // Not checked in while the session is still to come or running: nothing chosen yet.
                      value={notYet(r.status) ? undefined : r.status}
                      placeholder={m('chooseStatus')}
                      onChange={(status: PendingRecord['status']) =>
                        setPending({ userId: r.userId, name: r.name, status })
                      }
                      options={(['present', 'late', 'leave', 'absent'] as const).map((s) => ({
                        value: s,
                        label: vocabulary.attendance[s],
                      }))}
                    />
                  ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      {pending && session ? (
        <RecordAttendanceModal
          session={session}
          serverNow={data?.serverNow ?? new Date().toISOString()}
          pending={pending}
          onClose={() => setPending(undefined)}
        />
      ) : null}
    </div>
  );
}
