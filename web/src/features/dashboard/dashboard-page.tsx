import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Select, Space, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { pick, useI18n } from '../../app/i18n';
import { PageHeader } from '../../app/page-header';
import { withQuery } from '../../lib/api';
import { toDayjs, todayIso, toIsoDate } from '../../lib/dates';
import { useOrganisations } from '../../lib/queries';
import type { T } from './dashboard-bits';
import { type DashboardView, searchOfView, viewFromSearch } from './dashboard-url';
import { ListDrawer } from './list-drawer';
import { MonthlyReportButton } from './monthly-report-button';
import { type DashboardParams, useQueueFigures } from './queries';
import { LegalAidSection } from './sections-legal-aid';
import { LiveSection, QueueSection, UnitTable } from './sections-queue';
import { LecturesSection, SatisfactionSection } from './sections-satisfaction';
import type { ListRequest } from './types';

/**
 * 数据看板: the leaders' home. Period and organisation pickers (a county leader has only the county: the
 * server refuses any other), today live, then the period's charts; a click on a bar, slice or unit row
 * opens the list behind it. The period and organisation live in the address (dashboard-url.ts): a reload
 * or a shared link shows the same view, and each change is a history entry the back button undoes.
 */
export default function DashboardPage() {
  const { locale } = useI18n();
  const t: T = (zh, en) => pick(locale, zh, en);
  const [search, setSearch] = useSearchParams();
  const view = viewFromSearch(search, todayIso());
  const [list, setList] = useState<ListRequest | null>(null);
  const orgs = useOrganisations();
  const client = useQueryClient();
  const bureaus = useMemo(
    () => (orgs.data?.items ?? []).filter((o) => o.kind === 'city-bureau' || o.kind === 'county-bureau'),
    [orgs.data],
  );
  // An organisation from the address that is not one of the caller's bureaus (an old link, another
  // county's) gives way to the caller's own once the bureaus are known.
  const orgId = orgs.data && !bureaus.some((b) => b.id === view.orgId) ? undefined : view.orgId;
  const period = { from: view.from, to: view.to };
  const params: DashboardParams = { ...period, orgId };
  const show = (next: Partial<DashboardView>) => setSearch(searchOfView({ ...params, ...next }, search));
  const q = useQueueFigures(params);
  return (
    <div>
      <PageHeader
        title={t('数据看板', 'Dashboard')}
        subtitle={
          q.data ? (
            <span data-testid="dashboard-scope">
              {q.data.root.name}
              {q.data.units.length > 1 ? (
                <>
                  {' '}
                  <Tag style={{ marginLeft: 4 }}>{t('含下级', 'with its counties')}</Tag>
                </>
              ) : null}
            </span>
          ) : null
        }
        extra={
          <Space wrap>
            <DatePicker.RangePicker
              allowClear={false}
              value={[toDayjs(period.from)!, toDayjs(period.to)!]}
              onChange={(range) => {
                const from = toIsoDate(range?.[0]);
                const to = toIsoDate(range?.[1]);
                if (from && to) show({ from, to });
              }}
            />
            <Select
              style={{ minWidth: 180 }}
              data-testid="dashboard-org"
              value={orgId ?? bureaus[0]?.id}
              options={bureaus.map((b) => ({ value: b.id, label: b.name }))}
              onChange={(value: string) => show({ orgId: value === bureaus[0]?.id ? undefined : value })}
            />
            <Button
              icon={<DownloadOutlined />}
              href={withQuery('/api/dashboard/export/figures', { ...params })}
            >
              {t('导出图表数据', 'Export charts')}
            </Button>
            <MonthlyReportButton period={period} orgId={orgId} t={t} />
            <Button
              icon={<ReloadOutlined />}
              onClick={() => client.invalidateQueries({ queryKey: ['dashboard'] })}
            >
              {t('刷新', 'Refresh')}
            </Button>
          </Space>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <LiveSection orgId={orgId} open={setList} t={t} />
        <UnitTable params={params} open={setList} t={t} />
        <QueueSection params={params} open={setList} t={t} />
        <LegalAidSection params={params} open={setList} t={t} />
        <SatisfactionSection params={params} open={setList} t={t} />
        <LecturesSection params={params} open={setList} t={t} />
      </Space>
      <ListDrawer request={list} params={params} onClose={() => setList(null)} />
    </div>
  );
}
