import { BellOutlined, CheckOutlined, FieldTimeOutlined } from '@ant-design/icons';
import { isRole, ROLE_LABELS } from '@core/access';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Card, Empty, Segmented, Space, Switch, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCan } from '../../app/auth';
import { pick, useCodeLabel, useI18n } from '../../app/i18n';
import { PageHeader } from '../../app/page-header';
import { api, errorMessage } from '../../lib/api';
import { formatInstant, todayIso } from '../../lib/dates';
import { STATUS_COLORS } from './labels';
import { DEADLINE, type LegalAidMessage, STATUS, useLegalAidMessages } from './messages';
import { BASE, REMINDERS_KEY, type ReminderFilters, useReminders } from './queries';
import type { ReminderItem } from './types';
import './legal-aid.css';
import './reminders.css';

const LEVELS: Record<ReminderItem['level'], { label: LegalAidMessage; color: string }> = {
  overdue: { label: 'overdue', color: 'red' },
  'due-soon': { label: 'dueSoon', color: 'orange' },
  info: { label: 'pending', color: 'blue' },
};

/** Whole calendar days from `from` to `to` (both `YYYY-MM-DD`), independent of the browser's time zone. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The last day of a clock in Beijing, its weekday, and how far it is from today (Beijing). */
function DueOn({ dueOn, done }: { dueOn: string; done: boolean }) {
  const t = useLegalAidMessages();
  const left = daysBetween(todayIso(), dueOn);
  const weekday = t('weekdays').split(',')[new Date(`${dueOn}T00:00:00Z`).getUTCDay()] ?? '';
  const relative =
    left > 0 ? t('daysLeft', { n: left }) : left === 0 ? t('dueToday') : t('daysOver', { n: -left });
  return (
    <div>
      <div className="la-mono" data-testid="reminder-due">
        {dueOn}
        {t('weekdayParen', { d: weekday })}
      </div>
      <div className={`la-small ${!done && left < 0 ? 'la-overdue-text' : 'la-muted'}`}>
        {done ? t('finished') : t('untilMidnight', { relative })}
      </div>
    </div>
  );
}

function useRecipientOf(): (item: ReminderItem) => string {
  const { locale } = useI18n();
  const t = useLegalAidMessages();
  return (item) => {
    if (item.recipientName) return item.recipientName;
    const role = isRole(item.recipientRole)
      ? pick(locale, ROLE_LABELS[item.recipientRole].zh, ROLE_LABELS[item.recipientRole].en)
      : item.recipientRole;
    return t('sharedTodo', { role });
  };
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
  const t = useLegalAidMessages();
  const recipientOf = useRecipientOf();
  const statusLabel = useCodeLabel(STATUS);
  const clockLabel = useCodeLabel(DEADLINE);
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
      void message.success(marked > 0 ? t('markedRead', { n: marked }) : t('noUnread'));
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
            <BellOutlined /> {t('remindersTitle')}
          </span>
        }
        subtitle={t('remindersSubtitle')}
        extra={
          mine ? (
            <Button icon={<CheckOutlined />} onClick={() => markAll.mutate()} loading={markAll.isPending}>
              {t('markAllRead')}
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
                { value: 'mine', label: t('sentToMe') },
                { value: 'all', label: t('allInArea') },
              ]}
              data-testid="reminder-scope"
            />
          ) : null}
          <Segmented
            value={filters.state}
            onChange={(state) => set({ state: state as ReminderFilters['state'] })}
            options={[
              { value: 'open', label: t('open') },
              { value: 'all', label: t('withDone') },
            ]}
          />
          <Space size={6}>
            <Switch size="small" checked={filters.unread} onChange={(unread) => set({ unread })} />
            <span>{t('unreadOnly')}</span>
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
            showTotal: (total) => t('totalItems', { total }),
            onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
          }}
          locale={{ emptyText: <Empty description={mine ? t('noRemindersMine') : t('noRemindersArea')} /> }}
          columns={[
            {
              title: t('colReminder'),
              width: 120,
              render: (_v, row) => (
                <Space size={4} orientation="vertical">
                  <Tag color={row.done ? 'default' : LEVELS[row.level].color} data-testid="reminder-level">
                    {row.done ? t('finished') : t(LEVELS[row.level].label)}
                  </Tag>
                  {!row.readAt && !row.done ? <span className="la-unread-dot">{t('unread')}</span> : null}
                </Space>
              ),
            },
            {
              title: t('colCase'),
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
                      {statusLabel(row.matterStatus, row.matterStatusLabel)}
                    </Tag>
                  </div>
                </div>
              ),
            },
            {
              title: (
                <span>
                  <FieldTimeOutlined /> {t('deadline')}
                </span>
              ),
              render: (_v, row) => (
                <Tooltip title={row.message}>
                  <span data-testid="reminder-clock">{clockLabel(row.kind, row.kindLabel)}</span>
                </Tooltip>
              ),
            },
            {
              title: t('colLastDay'),
              width: 190,
              render: (_v, row) => <DueOn dueOn={row.dueOn} done={row.done} />,
            },
            {
              title: t('colBasis'),
              render: (_v, row) => (
                <span className="la-muted la-small" data-testid="reminder-source">
                  {row.source ?? '—'}
                </span>
              ),
            },
            ...(mine
              ? []
              : [{ title: t('colRecipient'), render: (_v: unknown, row: ReminderItem) => recipientOf(row) }]),
            {
              title: t('colRemindedAt'),
              width: 150,
              render: (_v, row) => (
                <span className="la-small">{formatInstant(row.escalatedAt ?? row.createdAt)}</span>
              ),
            },
            {
              title: t('colActions'),
              width: 110,
              render: (_v, row) =>
                mine && !row.readAt && !row.done ? (
                  <Button
                    size="small"
                    onClick={() => markRead.mutate(row.id)}
                    loading={markRead.isPending && markRead.variables === row.id}
                    data-testid="reminder-read"
                  >
                    {t('markRead')}
                  </Button>
                ) : row.readAt ? (
                  <span className="la-muted la-small">{t('read')}</span>
                ) : null,
            },
          ]}
        />
      </Card>
    </div>
  );
}
