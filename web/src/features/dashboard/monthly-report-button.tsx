import { FileWordOutlined } from '@ant-design/icons';
import { type DashboardPeriod, monthPeriod, reportMonthOf } from '@core/dashboard/period';
import { Button, DatePicker, Popover, Space, Typography } from 'antd';
import { useState } from 'react';
import { withQuery } from '../../lib/api';
import { toDayjs, todayIso } from '../../lib/dates';
import type { T } from './dashboard-bits';

/** A date that stays on one line (2026-10-31 never breaks at its hyphens). */
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/**
 * 月度报告: the report covers one calendar month, so the month is chosen here, in the open, instead of
 * being taken silently from the dashboard's period. The picker starts at the month of the period's end
 * (today's Beijing month when the period reaches past today, reportMonthOf) and offers no month that has
 * not begun; the popover says which month, and which dates, the download will cover.
 */
export function MonthlyReportButton({
  period,
  orgId,
  t,
}: {
  period: DashboardPeriod;
  orgId: string | undefined;
  t: T;
}) {
  const today = todayIso();
  const latest = today.slice(0, 7);
  const suggested = reportMonthOf(period, today);
  const [open, setOpen] = useState(false);
  const [month, setMonth] = useState(suggested);
  const dates = monthPeriod(month);
  const [year, m] = month.split('-').map(Number) as [number, number];
  const monthName = toDayjs(dates.from)?.locale('en').format('MMMM YYYY');
  const current = month === latest;
  const content = (
    <Space orientation="vertical" size={8} style={{ maxWidth: 300 }} data-testid="dashboard-report">
      <DatePicker
        picker="month"
        allowClear={false}
        style={{ width: '100%' }}
        aria-label={t('报告月份', 'Report month')}
        data-testid="dashboard-report-month"
        value={toDayjs(dates.from)}
        disabledDate={(d) => d.format('YYYY-MM') > latest}
        onChange={(value) => {
          if (value) setMonth(value.format('YYYY-MM'));
        }}
      />
      <Typography.Text data-testid="dashboard-report-summary">
        {t(`将生成 ${year}年${m}月 的报告（`, `Report for ${monthName} (`)}
        <span style={NO_WRAP}>{dates.from}</span>
        {t(' 至 ', ' to ')}
        <span style={NO_WRAP}>{current ? today : dates.to}</span>
        {current ? t('，本月截至今日', ', this month so far') : ''}
        {t('）', ')')}
      </Typography.Text>
      {period.from.slice(0, 7) !== period.to.slice(0, 7) ? (
        <Typography.Text type="secondary">
          {t(
            '所选统计区间跨多个月；报告只统计上面选定的一个自然月。',
            'The selected period spans several months; the report covers only the calendar month above.',
          )}
        </Typography.Text>
      ) : null}
      <Button
        type="primary"
        block
        icon={<FileWordOutlined />}
        href={withQuery('/api/dashboard/report.docx', { month, orgId })}
        onClick={() => setOpen(false)}
      >
        {t('生成并下载', 'Generate and download')}
      </Button>
    </Space>
  );
  return (
    <Popover
      title={t('月度报告：选择月份', 'Monthly report: pick the month')}
      content={content}
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={(next) => {
        // Each opening starts from the month the current period suggests.
        if (next) setMonth(suggested);
        setOpen(next);
      }}
    >
      <Button icon={<FileWordOutlined />}>{t('月度报告', 'Monthly report')}</Button>
    </Popover>
  );
}
