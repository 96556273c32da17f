import { useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Card, Form, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useSaveError } from '../../app/use-save-error';
import { api } from '../../lib/api';
import { ArticleLink } from '../laws/article-link';
import { ConflictAlert } from './conflict-alert';
import { notYetShown } from './conflict-order';
import { swallowAccidentalSubmit } from './field-kinds';
import { useMatterMessages } from './messages';
import { cleanPayload, PayloadFields } from './payload-form';
import {
  MATTERS_KEY,
  matterKey,
  useActionLabel,
  useProcedure,
  useProcedures,
  useServiceName,
} from './queries';
import { prefillAction, prefillOpening } from './referral-prefill';
import type { ConflictWarning, MatterDetail, MatterLink } from './types';

/** The action form: the actions the status allows and the actor may take, each with its payload form. */
export function ActionForm({
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
