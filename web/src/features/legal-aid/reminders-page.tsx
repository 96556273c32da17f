import { BellOutlined, CheckOutlined, FieldTimeOutlined } from '@ant-design/icons';
import { isRole, ROLE_LABELS } from '@core/access';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Card, Empty, Segmented, Space, Switch, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCan } from '../../app/auth';
import { PageHeader } from '../../app/page-header';
import { api, errorMessage } from '../../lib/api';
import { formatInstant, todayIso } from '../../lib/dates';
import { STATUS_COLORS } from './labels';
import { BASE, REMINDERS_KEY, type ReminderFilters, useReminders } from './queries';
import type { ReminderItem } from './types';
import './legal-aid.css';
import './reminders.css';

const LEVELS: Record<ReminderItem['level'], { label: string; color: string }> = {
  overdue: { label: '已逾期', color: 'red' },
  'due-soon': { label: '即将到期', color: 'orange' },
  info: { label: '待处理', color: 'blue' },
};

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** Whole calendar days from `from` to `to` (both `YYYY-MM-DD`), independent of the browser's time zone. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The last day of a clock in Beijing, its weekday, and how far it is from today (Beijing). */
function DueOn({ dueOn, done }: { dueOn: string; done: boolean }) {
  const left = daysBetween(todayIso(), dueOn);
  const weekday = WEEKDAYS[new Date(`${dueOn}T00:00:00Z`).getUTCDay()] ?? '';
  const relative = left > 0 ? `还剩 ${left} 天` : left === 0 ? '今日到期' : `已超过 ${-left} 天`;
  return (
    <div>
      <div className="la-mono" data-testid="reminder-due">
        {dueOn}（周{weekday}）
      </div>
      <div className={`la-small ${!done && left < 0 ? 'la-overdue-text' : 'la-muted'}`}>
        {done ? '已办结' : `${relative} · 当日 24:00（北京时间）止`}
      </div>
    </div>
  );
}

function recipientOf(item: ReminderItem): string {
  if (item.recipientName) return item.recipientName;
  const role = isRole(item.recipientRole) ? ROLE_LABELS[item.recipientRole].zh : item.recipientRole;
  return `${role}（共同待办）`;
}

/**
 * 我的提醒 / 期限: the deadline reminders addressed to me (by name or to a role I hold), overdue first,
 * each linking to its matter with the clock, its last day (Beijing) and its article; a director can
 * switch to all the agency's reminders. Reading a reminder (or opening its matter) marks it read.
 */
export default function RemindersPage() {
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const canSeeAll = useCan('legal-aid.decide');
  const [filters, setFilters] = useState<ReminderFilters>({
    scope: 'mine',
    state: 'open',
    unread: false,
    page: 1,
    pageSize: 20,
  });
  const reminders = useReminders(filters);
  const mine = filters.scope === 'mine';
  const refresh = () => queryClient.invalidateQueries({ queryKey: REMINDERS_KEY });
  const markRead = useMutation({
    mutationFn: (id: string) => api.post<ReminderItem>(`${BASE}/reminders/${id}/read`),
    onSuccess: refresh,
    onError: (error) => void message.error(errorMessage(error)),
  });
  const markAll = useMutation({
    mutationFn: () => api.post<{ marked: number }>(`${BASE}/reminders/read-all`),
    onSuccess: async ({ marked }) => {
      void message.success(marked > 0 ? `已将 ${marked} 条提醒标为已读` : '没有未读的提醒');
      await refresh();
    },
    onError: (error) => void message.error(errorMessage(error)),
  });
  const set = (patch: Partial<ReminderFilters>) => setFilters((f) => ({ ...f, page: 1, ...patch }));

  return (
    <div className="la-page">
      <PageHeader
        title={
          <span>
            <BellOutlined /> 我的提醒 / 期限
          </span>
        }
        subtitle="法定期限到期前一日起提醒，逾期后升级；按期办理后提醒自动办结（法律援助法 第四十三条、第四十九条等）"
        extra={
          mine ? (
            <Button icon={<CheckOutlined />} onClick={() => markAll.mutate()} loading={markAll.isPending}>
              全部标为已读
            </Button>
          ) : null
        }
      />
      <Card className="la-card">
        <Space wrap size={16} className="la-reminder-filters">
          {canSeeAll ? (
            <Segmented
              value={filters.scope}
              onChange={(scope) => set({ scope: scope as ReminderFilters['scope'] })}
              options={[
                { value: 'mine', label: '发给我的' },
                { value: 'all', label: '本辖区全部' },
              ]}
              data-testid="reminder-scope"
            />
          ) : null}
          <Segmented
            value={filters.state}
            onChange={(state) => set({ state: state as ReminderFilters['state'] })}
            options={[
              { value: 'open', label: '未办结' },
              { value: 'all', label: '含已办结' },
            ]}
          />
          <Space size={6}>
            <Switch size="small" checked={filters.unread} onChange={(unread) => set({ unread })} />
            <span>只看未读</span>
          </Space>
        </Space>
        <Table<ReminderItem>
          rowKey="id"
          loading={reminders.isPending}
          dataSource={reminders.data?.items ?? []}
          rowClassName={(row) => (row.readAt || row.done ? 'la-reminder-read' : 'la-reminder-unread')}
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: reminders.data?.total ?? 0,
            showTotal: (total) => `共 ${total} 条`,
            onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
          }}
          locale={{ emptyText: <Empty description={mine ? '暂无发给您的期限提醒' : '本辖区暂无期限提醒'} /> }}
          columns={[
            {
              title: '提醒',
              width: 120,
              render: (_v, row) => (
                <Space size={4} orientation="vertical">
                  <Tag color={row.done ? 'default' : LEVELS[row.level].color} data-testid="reminder-level">
                    {row.done ? '已办结' : LEVELS[row.level].label}
                  </Tag>
                  {!row.readAt && !row.done ? <span className="la-unread-dot">未读</span> : null}
                </Space>
              ),
            },
            {
              title: '案件',
              render: (_v, row) => (
                <div>
                  <Link
                    to={`/legal-aid/${row.matterId}`}
                    data-testid="reminder-matter"
                    onClick={() => {
                      if (mine && !row.readAt) markRead.mutate(row.id);
                    }}
                  >
                    {row.matterNumber}
                  </Link>
                  <div className="la-small">
                    {row.applicantName}{' '}
                    <Tag className="la-inline-tag" color={STATUS_COLORS[row.matterStatus]}>
                      {row.matterStatusLabel}
                    </Tag>
                  </div>
                </div>
              ),
            },
            {
              title: (
                <span>
                  <FieldTimeOutlined /> 期限
                </span>
              ),
              render: (_v, row) => (
                <Tooltip title={row.message}>
                  <span data-testid="reminder-clock">{row.kindLabel}</span>
                </Tooltip>
              ),
            },
            {
              title: '最后一日（北京时间）',
              width: 190,
              render: (_v, row) => <DueOn dueOn={row.dueOn} done={row.done} />,
            },
            {
              title: '依据',
              render: (_v, row) => (
                <span className="la-muted la-small" data-testid="reminder-source">
                  {row.source ?? '—'}
                </span>
              ),
            },
            ...(mine
              ? []
              : [{ title: '提醒对象', render: (_v: unknown, row: ReminderItem) => recipientOf(row) }]),
            {
              title: '提醒时间',
              width: 150,
              render: (_v, row) => (
                <span className="la-small">{formatInstant(row.escalatedAt ?? row.createdAt)}</span>
              ),
            },
            {
              title: '操作',
              width: 110,
              render: (_v, row) =>
                mine && !row.readAt && !row.done ? (
                  <Button
                    size="small"
                    onClick={() => markRead.mutate(row.id)}
                    loading={markRead.isPending && markRead.variables === row.id}
                    data-testid="reminder-read"
                  >
                    标为已读
                  </Button>
                ) : row.readAt ? (
                  <span className="la-muted la-small">已读</span>
                ) : null,
            },
          ]}
        />
      </Card>
    </div>
  );
}
