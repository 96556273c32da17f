import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App as AntApp,
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
import { useParams } from 'react-router';
import { PageHeader } from '../../app/page-header';
import { useSaveError } from '../../app/use-save-error';
import { api } from '../../lib/api';
import { formatInstant } from '../../lib/dates';
import { ATTENDANCE_LABELS, AttendanceTag, kindLabel } from './labels';
import { useStudyMessages } from './messages';
import type { CheckInToken, SessionAttendance } from './types';

/**
 * 签到屏: the room screen of a session. Shows the current QR code (the server issues a new one every 30 s,
 * bound to this session; this page asks again every 5 s), the count so far, and the sign-in sheet where the
 * organiser can record someone by hand (代签到) or correct a status.
 */
export default function SessionScreenPage() {
  const { id = '' } = useParams();
  const m = useStudyMessages();
  const { message } = AntApp.useApp();
  const saveError = useSaveError();
  const queryClient = useQueryClient();
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
  const record = useMutation({
    mutationFn: (v: { userId: string; status: string }) =>
      api.post(`/api/study/sessions/${id}/attendance`, v),
    onSuccess: async () => {
      void message.success('已登记');
      await queryClient.invalidateQueries({ queryKey: ['study', 'attendance', id] });
    },
    onError: (error) => saveError(error),
  });
  const data = code.data;
  const url = data?.checkInPath ? `${window.location.origin}${data.checkInPath}` : null;
  return (
    <div>
      <PageHeader
        title={data ? `${kindLabel(data.session.kind)}：${data.session.title}` : m('screenTitle')}
        subtitle={
          data
            ? [data.planTitle, formatInstant(data.session.startsAt), data.session.location]
                .filter(Boolean)
                .join(' · ')
            : ''
        }
        extra={
          <Button onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}>
            全屏显示
          </Button>
        }
      />
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card style={{ textAlign: 'center' }}>
            {url ? (
              <div data-testid="check-in-qr" data-url={url}>
                <Space direction="vertical" align="center">
                  <Typography.Title level={3}>请用手机扫码签到</Typography.Title>
                  <QRCode value={url} size={320} />
                  <Typography.Text type="secondary">
                    二维码每 30 秒更换一次，仅限本场签到（{formatInstant(data?.rotatesAt, true).slice(-8)}{' '}
                    更换）
                  </Typography.Text>
                </Space>
              </div>
            ) : (
              <Alert
                type="info"
                showIcon
                title={
                  data?.phase === 'closed'
                    ? '本场学习活动已结束，签到已关闭'
                    : '签到尚未开始：开始前 30 分钟显示签到二维码'
                }
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card>
            <Space size={48}>
              <Statistic title="已签到" value={data?.checkedIn ?? 0} />
              <Statistic title="应到" value={data?.expected ?? 0} />
            </Space>
          </Card>
          <Card title="签到表" style={{ marginTop: 16 }}>
            <Table
              rowKey="userId"
              size="small"
              loading={sheet.isPending}
              dataSource={sheet.data?.items ?? []}
              pagination={{ pageSize: 15 }}
              columns={[
                { title: '姓名', dataIndex: 'name' },
                { title: '单位', dataIndex: 'unit' },
                {
                  title: '情况',
                  render: (_v, r) =>
                    r.status === 'absent' && data?.phase !== 'closed' ? (
                      <Tag>未签到</Tag>
                    ) : (
                      <AttendanceTag status={r.status} />
                    ),
                },
                { title: '签到时间', render: (_v, r) => formatInstant(r.checkedInAt, true).slice(-8) },
                {
                  title: '代签到 / 更正',
                  render: (_v, r) => (
                    <Select
                      size="small"
                      style={{ width: 96 }}
                      value={r.status}
                      onChange={(status: string) => record.mutate({ userId: r.userId, status })}
                      options={(['present', 'late', 'leave', 'absent'] as const).map((s) => ({
                        value: s,
                        label: ATTENDANCE_LABELS[s],
                      }))}
                    />
                  ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
