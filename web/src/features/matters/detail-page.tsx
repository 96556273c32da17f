import { Alert, Card, Descriptions, Empty, Space, Spin, Table, Tag, Timeline } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useNavSection } from '../../app/nav-section';
import { PageHeader } from '../../app/page-header';
import { formatInstant } from '../../lib/dates';
import { ArticleLink } from '../laws/article-link';
import { ActionForm } from './action-form';
import { ActionPayload } from './action-payload';
import { AddParties } from './add-parties';
import { ClaimLimitations } from './claim-limitations';
import { ClockTag } from './clock-tag';
import { ConflictAlert } from './conflict-alert';
import { LateWarnings } from './late-warnings';
import { summaryInFull } from './matter-summary';
import { useMatterMessages, useRoleLabel } from './messages';
import { useValueLabel } from './payload-form';
import {
  useActionLabel,
  useMatterConflicts,
  useMatterDetail,
  useMatterSummary,
  useMatterTitle,
  useProcedure,
  useServiceName,
  useStatusLabel,
} from './queries';
import './matters.css';
import type { Clock, ConflictWarning } from './types';

/** /matters/:id — parties, clocks with their articles, the action log and the next actions. */
export default function MatterDetailPage() {
  const { id } = useParams();
  const m = useMatterMessages();
  const detail = useMatterDetail(id);
  const procedure = useProcedure(detail.data?.service ?? '');
  const valueLabels = procedure?.valueLabels ?? {};
  const valueLabel = useValueLabel(valueLabels);
  const statusLabel = useStatusLabel(detail.data?.service);
  const actionLabel = useActionLabel(detail.data?.service);
  const serviceName = useServiceName();
  const summaryOf = useMatterSummary();
  const titleOf = useMatterTitle();
  const roleLabel = useRoleLabel();
  // Conflict warnings returned when this matter was opened (new-page.tsx passes them along).
  const openingWarnings = (useLocation().state as { warnings?: ConflictWarning[] } | null)?.warnings;
  // Run again for the saved parties, so a reload or a colleague sees them too.
  const conflicts = useMatterConflicts(id).data?.warnings ?? openingWarnings;
  // The log entry the last accepted action added: scrolled to and highlighted.
  const [fresh, setFresh] = useState<number>();
  useEffect(() => {
    if (fresh !== undefined)
      document
        .getElementById(`matter-action-${fresh}`)
        ?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  }, [fresh]);
  useNavSection(detail.data ? `/matters/w/${detail.data.service}` : undefined);
  if (detail.isLoading) return <Spin />;
  if (!detail.data) return <Empty description={detail.error?.message} />;
  const matter = detail.data;
  // The whole facts (the server's summary keeps 100 characters), shortened by CSS with an ellipsis.
  const opening = matter.actions.reduce<(typeof matter.actions)[number] | undefined>(
    (first, a) => (first && first.seq <= a.seq ? first : a),
    undefined,
  );
  const subtitle = `${serviceName(matter.service, matter.serviceName)} ${matter.number} · ${summaryOf(
    matter.service,
    summaryInFull(matter.summary, opening?.payload),
  )}`;
  return (
    <div className="matters-page">
      <PageHeader
        title={titleOf(matter)}
        subtitle={
          <span className="matters-subtitle" title={subtitle} data-testid="matter-subtitle">
            {subtitle}
          </span>
        }
        extra={
          <Space>
            <Tag color={matter.closed ? 'default' : 'processing'} data-testid="matter-status">
              {statusLabel(matter.status, matter.statusLabel)}
            </Tag>
            {matter.service === 'mediation' &&
            (matter.state.agreement as { form?: string } | null | undefined)?.form === 'written' ? (
              <a
                href={`/api/matters/${matter.id}/documents/mediation-agreement`}
                download
                data-testid="agreement-download"
              >
                {m('agreementDocx')}
              </a>
            ) : null}
            <Link to={`/matters/w/${matter.service}`}>{serviceName(matter.service, matter.serviceName)}</Link>
          </Space>
        }
      />
      {/* 仲裁 shows each claim's limitation in its own table (ClaimLimitations). */}
      {matter.service === 'arbitration' ? null : (
        <LateWarnings warnings={matter.lateWarnings} valueLabels={valueLabels} registered />
      )}
      <Card
        title={m('parties')}
        style={{ marginBottom: 16 }}
        extra={
          !matter.closed && matter.nextActions.some((a) => a.mine) ? <AddParties matter={matter} /> : null
        }
      >
        {conflicts?.length ? (
          <div style={{ marginBottom: 12 }}>
            <ConflictAlert warnings={conflicts} />
          </div>
        ) : null}
        {matter.referredFrom ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={
              <span>
                {m('partiesCarried')} · {m('referredFrom')}
                {m('colon')}
                <Link to={`/matters/${matter.referredFrom.id}`}>{matter.referredFrom.number}</Link>
              </span>
            }
          />
        ) : null}
        <Descriptions size="small" column={1} bordered>
          {matter.partyDetails.map((p) => (
            <Descriptions.Item key={p.id} label={roleLabel(p.role)}>
              <span data-testid="party">{p.name}</span>
              {p.idNumberMasked ? ` ${p.idNumberMasked}` : ''}
              {p.phoneMasked ? ` ${p.phoneMasked}` : ''}
            </Descriptions.Item>
          ))}
        </Descriptions>
        {(matter.state.referral as { target?: string } | null | undefined)?.target === 'legal-aid' ? (
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 12 }}
            title={
              <Link to={`/legal-aid/new?fromMatter=${matter.id}`} data-testid="to-legal-aid">
                {m('toLegalAid')}
              </Link>
            }
          />
        ) : null}
        {(() => {
          const target = (matter.state.referral as { target?: string } | null | undefined)?.target;
          if (!target || target === 'legal-aid' || matter.referrals.length > 0) return null;
          return (
            <Alert
              type="info"
              showIcon
              style={{ marginTop: 12 }}
              title={
                <Link to={`/matters/w/${target}/new?from=${matter.id}`} data-testid="register-referred">
                  {m('registerReferred', { target: valueLabel(target) })}
                </Link>
              }
            />
          );
        })()}
        {matter.referrals.length ? (
          <div style={{ marginTop: 12 }}>
            {m('referrals')}
            {m('colon')}
            {matter.referrals.map((r) => (
              <Link key={r.id} to={`/matters/${r.id}`} style={{ marginInlineEnd: 8 }}>
                {r.number}
              </Link>
            ))}
          </div>
        ) : null}
      </Card>
      <ClaimLimitations matter={matter} valueLabels={valueLabels} />
      <Card title={m('clocks')} style={{ marginBottom: 16 }}>
        {matter.clocks.length === 0 ? (
          m('noClocks')
        ) : (
          <Table<Clock>
            rowKey="kind"
            size="small"
            pagination={false}
            dataSource={matter.clocks}
            columns={[
              {
                title: m('colClock'),
                render: (_v, clock) => <ClockTag service={matter.service} clock={clock} />,
              },
              {
                title: m('colSource'),
                dataIndex: 'source',
                render: (source: string) => <ArticleLink source={source} />,
              },
              {
                title: m('colPeriod'),
                render: (_v, clock) =>
                  `${clock.amount + clock.extendedBy} ${clock.basis === 'working-days' ? m('workingDays') : m('calendarDays')}`,
              },
            ]}
          />
        )}
      </Card>
      <ActionForm matter={matter} shownConflicts={conflicts} onDone={setFresh} />
      <Card title={m('actionLog')}>
        <Timeline
          items={matter.actions.map((a) => ({
            children: (
              <div
                id={`matter-action-${a.seq}`}
                data-testid="action-entry"
                className={a.seq === fresh ? 'matters-action-fresh' : undefined}
              >
                <strong>{actionLabel(a.type, a.label)}</strong> · {formatInstant(a.at)} · {m('handledBy')}{' '}
                {a.actorName ?? a.actorRole}
                {a.source ? (
                  <span style={{ marginInlineStart: 8 }}>
                    <ArticleLink source={a.source} />
                  </span>
                ) : null}
                <ActionPayload
                  payload={a.payload}
                  action={procedure?.actions.find((c) => c.type === a.type)}
                  valueLabels={valueLabels}
                />
              </div>
            ),
          }))}
        />
      </Card>
    </div>
  );
}
