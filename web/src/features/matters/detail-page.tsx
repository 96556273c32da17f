import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Descriptions,
  Empty,
  Form,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Timeline,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useNavSection } from '../../app/nav-section';
import { PageHeader } from '../../app/page-header';
import { useSaveError } from '../../app/use-save-error';
import { api } from '../../lib/api';
import { formatInstant } from '../../lib/dates';
import { ArticleLink } from '../laws/article-link';
import { AddParties } from './add-parties';
import { ClaimLimitations } from './claim-limitations';
import { ClockTag } from './clock-tag';
import { ConflictAlert } from './conflict-alert';
import { notYetShown } from './conflict-order';
import { swallowAccidentalSubmit } from './field-kinds';
import { LateWarnings } from './late-warnings';
import { useMatterMessages, useRoleLabel } from './messages';
import { describePayload } from './payload-display';
import { cleanPayload, PayloadFields, useValueLabel } from './payload-form';
import {
  MATTERS_KEY,
  matterKey,
  useActionLabel,
  useMatterConflicts,
  useMatterDetail,
  useMatterSummary,
  useMatterTitle,
  useProcedure,
  useProcedures,
  useServiceName,
  useStatusLabel,
} from './queries';
import { prefillAction, prefillOpening } from './referral-prefill';
import './matters.css';
import type { CatalogAction, Clock, ConflictWarning, MatterDetail, MatterLink, ValueLabels } from './types';

/** An action's payload in the action log: each field by its name, values readable (payload-display.ts). */
function Payload({
  payload,
  action,
  valueLabels,
}: {
  payload: Record<string, unknown>;
  action: CatalogAction | undefined;
  valueLabels: ValueLabels;
}) {
  const { locale } = useI18n();
  const lines = describePayload(payload, action, valueLabels, locale);
  if (lines.length === 0) return null;
  return (
    <dl className="matters-payload" data-testid="action-payload">
      {lines.map((line) => (
        <div key={line.key} className="matters-payload-line">
          <dt>
            {line.label}
            {locale === 'zh-CN' ? '：' : ':'}
          </dt>
          <dd>
            {line.articles
              ? line.articles.map((source) => <ArticleLink key={source} source={source} />)
              : line.text}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The action form: the actions the status allows and the actor may take, each with its payload form. */
function ActionForm({
  matter,
  shownConflicts,
  onDone,
}: {
  matter: MatterDetail;
  /** The conflict warnings the page already shows (a referral's are shown only when new). */
  shownConflicts: ConflictWarning[] | undefined;
  /** Called with the log entry an accepted action added. */
  onDone: (seq: number) => void;
}) {
  const { message } = AntApp.useApp();
  const m = useMatterMessages();
  const saveError = useSaveError();
  const actionLabel = useActionLabel(matter.service);
  const serviceName = useServiceName();
  const queryClient = useQueryClient();
  const procedure = useProcedure(matter.service);
  const procedures = useProcedures().data?.items ?? [];
  const [form] = Form.useForm();
  const [type, setType] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [opened, setOpened] = useState<{ link: MatterLink; warnings: ConflictWarning[] }>();
  const mine = matter.nextActions.filter((a) => a.mine);
  const action = procedure?.actions.find((a) => a.type === type);
  const target = Form.useWatch(['payload', 'target'], form) as string | undefined;
  const targetProcedure =
    matter.service === 'consultation' && type === 'refer'
      ? procedures.find((p) => p.service === target)
      : undefined;
  const targetOpening = targetProcedure?.actions.find((a) => a.type === targetProcedure.openingAction);
  // 一厅通办: the target window's form starts from the consultation's parties and question (empty
  // fields only, so a refetch never overwrites what staff typed).
  useEffect(() => {
    if (!targetOpening) return;
    const carried = prefillOpening(targetOpening.payloadSchema, matter.partyDetails, matter.state);
    const empty = Object.entries(carried).filter(
      ([key]) => form.getFieldValue(['opening', key]) === undefined,
    );
    form.setFieldsValue({ opening: Object.fromEntries(empty) });
  }, [targetOpening, matter, form]);
  if (mine.length === 0 && !opened) return null;
  const referralConflicts = opened ? notYetShown(opened.warnings, shownConflicts) : [];
  const submit = async (values: { payload?: Record<string, unknown>; opening?: Record<string, unknown> }) => {
    if (!action) return;
    setSaving(true);
    try {
      const reply = await api.post<{
        item: MatterDetail;
        referredMatter: MatterLink | null;
        warnings: ConflictWarning[];
      }>(`/api/matters/${matter.id}/actions`, {
        type: action.type,
        expectedVersion: matter.version,
        payload: cleanPayload(values.payload, action.payloadSchema),
        ...(targetOpening
          ? { referralOpening: cleanPayload(values.opening, targetOpening.payloadSchema) }
          : {}),
      });
      queryClient.setQueryData(matterKey(matter.id), reply.item);
      await queryClient.invalidateQueries({ queryKey: MATTERS_KEY });
      if (reply.referredMatter) setOpened({ link: reply.referredMatter, warnings: reply.warnings });
      form.resetFields();
      setType(undefined);
      void message.success(m('actionDone', { action: actionLabel(action.type, action.label) }));
      const last = reply.item.actions.at(-1);
      if (last) onDone(last.seq);
    } catch (error) {
      saveError(error, {
        form,
        onStale: () => void queryClient.invalidateQueries({ queryKey: matterKey(matter.id) }),
      });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card title={m('nextAction')} style={{ marginBottom: 16 }}>
      {opened ? (
        <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
          <Alert
            type="success"
            showIcon
            title={
              <Link to={`/matters/${opened.link.id}`} data-testid="referred-matter-link">
                {m('openReferred', {
                  target: serviceName(
                    opened.link.service,
                    procedures.find((p) => p.service === opened.link.service)?.nameZh ?? opened.link.service,
                  ),
                  number: opened.link.number,
                })}
              </Link>
            }
          />
          {referralConflicts.length ? <ConflictAlert warnings={referralConflicts} /> : null}
        </Space>
      ) : null}
      <Form
        form={form}
        layout="vertical"
        onKeyDown={swallowAccidentalSubmit}
        onFinish={(v) => void submit(v)}
        hidden={mine.length === 0}
      >
        <Form.Item label={m('pickAction')}>
          <Select
            aria-label={m('pickAction')}
            style={{ width: 280 }}
            value={type}
            onChange={(next: string) => {
              form.resetFields();
              setType(next);
              // What the matter already holds (parties, the facts told at opening) starts the form.
              const schema = procedure?.actions.find((a) => a.type === next)?.payloadSchema;
              const opening = matter.actions.find((a) => a.type === procedure?.openingAction)?.payload;
              if (schema)
                form.setFieldsValue({ payload: prefillAction(schema, matter.partyDetails, opening) });
            }}
            options={mine.map((a) => ({
              value: a.type,
              label: actionLabel(a.type, a.label),
            }))}
          />
        </Form.Item>
        {action ? (
          <>
            {action.source ? (
              <div style={{ marginBottom: 12 }}>
                <ArticleLink source={action.source} />
              </div>
            ) : null}
            <PayloadFields
              key={action.type}
              action={action}
              prefix={['payload']}
              valueLabels={procedure?.valueLabels ?? {}}
              choices={mine.find((a) => a.type === action.type)?.choices}
              parties={matter.partyDetails}
            />
            {targetOpening && targetProcedure ? (
              <fieldset className="matters-fieldset">
                <legend>
                  {m('referralOpening', {
                    target: serviceName(targetProcedure.service, targetProcedure.nameZh),
                  })}
                </legend>
                <PayloadFields
                  key={targetProcedure.service}
                  action={targetOpening}
                  prefix={['opening']}
                  valueLabels={targetProcedure.valueLabels}
                />
              </fieldset>
            ) : null}
            <Button type="primary" htmlType="submit" loading={saving}>
              {m('doAction')}
            </Button>
          </>
        ) : null}
      </Form>
    </Card>
  );
}

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
  return (
    <div className="matters-page">
      <PageHeader
        title={titleOf(matter)}
        subtitle={`${serviceName(matter.service, matter.serviceName)} ${matter.number} · ${summaryOf(matter.service, matter.summary)}`}
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
                <Payload
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
