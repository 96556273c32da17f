import type { LegalAidActionType } from '@core/procedures/legal-aid-vocabulary';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Form, Modal, Space } from 'antd';
import { useState } from 'react';
import { pick, useCodeLabel, useI18n } from '../../app/i18n';
import { ApiError, api, applyFieldErrors, errorMessage } from '../../lib/api';
import { ArticleLink } from '../laws/article-link';
import { ACTION_FORMS, ACTION_ORDER, actionSource, actionTitle, DANGER_ACTIONS } from './action-fields';
import { ACTION_BUTTON, useLegalAidMessages } from './messages';
import { BASE, LEGAL_AID_KEY, matterKey } from './queries';
import type { MatterDetail } from './types';

/** POST /actions with the version this page saw (optimistic concurrency). */
export function useMatterAction(detail: MatterDetail) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { type: string } & Record<string, unknown>) =>
      api.post<MatterDetail>(`${BASE}/applications/${detail.id}/actions`, {
        ...body,
        expectedVersion: detail.version,
      }),
    onSuccess: async (next) => {
      queryClient.setQueryData(matterKey(detail.id), next);
      await queryClient.invalidateQueries({ queryKey: LEGAL_AID_KEY });
    },
  });
}

function ActionDialog({
  detail,
  type,
  onClose,
}: {
  detail: MatterDetail;
  type: LegalAidActionType;
  onClose: () => void;
}) {
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Record<string, unknown>>();
  const config = ACTION_FORMS[type] ?? {};
  const values = (Form.useWatch([], form) ?? {}) as Record<string, unknown>;
  const action = useMatterAction(detail);
  const source = actionSource(type);
  const m = useLegalAidMessages();
  const buttonLabel = useButtonLabel();
  const { locale } = useI18n();
  const tr = (zh: string, en: string) => pick(locale, zh, en);
  const label = buttonLabel(type, detail);
  // Chinese: the action's statutory name; English: the button's imperative ("Refuse", not "Refused aid").
  const title = locale === 'zh-CN' ? actionTitle(type) : label;

  const submit = async () => {
    const v = await form.validateFields();
    const payload = config.payload ? config.payload(v, detail) : {};
    action.mutate(
      { type, ...payload },
      {
        onSuccess: () => {
          void message.success(m('actionDone', { action: title }));
          onClose();
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409 && error.code === 'COMMON.STALE_VERSION') {
            void message.error(m('stale'));
            void queryClient.invalidateQueries({ queryKey: matterKey(detail.id) });
            onClose();
            return;
          }
          if (applyFieldErrors(form, error)) return;
          void message.error(errorMessage(error));
        },
      },
    );
  };

  return (
    <Modal
      open
      title={
        <span>
          {title}
          {detail.number ? <span className="la-muted la-small"> · {detail.number}</span> : null}
        </span>
      }
      okText={label}
      okButtonProps={{ danger: DANGER_ACTIONS.has(type), loading: action.isPending }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      width={config.wide ? 860 : 560}
      destroyOnHidden
      maskClosable={false}
    >
      {config.note ? <div className="la-dialog-note">{config.note(detail, tr)}</div> : null}
      <Form form={form} layout="vertical" initialValues={config.initial?.(detail)} preserve={false}>
        {config.fields?.(detail, values, tr)}
      </Form>
      {source ? (
        <div className="la-dialog-source">
          {m('basis')}
          <ArticleLink source={source} />
        </div>
      ) : null}
    </Modal>
  );
}

/** The button text: a second review in 待审批 revises the opinion before the decision (修改审查意见). */
function useButtonLabel(): (type: LegalAidActionType, detail: MatterDetail) => string {
  const label = useCodeLabel(ACTION_BUTTON);
  const { locale } = useI18n();
  return (type, detail) =>
    type === 'review' && detail.review !== null
      ? pick(locale, '修改审查意见', 'Revise review')
      : label(type, actionTitle(type));
}

/** The buttons of the actions this user may take now (`availableActions`), each opening its form. */
export function ActionBar({ detail }: { detail: MatterDetail }) {
  const [open, setOpen] = useState<LegalAidActionType | null>(null);
  const available = new Set(detail.availableActions);
  const shown = ACTION_ORDER.filter((t) => available.has(t));
  const primary = shown.find(
    (t) => t !== 'comment' && !DANGER_ACTIONS.has(t) && !(t === 'review' && detail.review !== null),
  );
  const m = useLegalAidMessages();
  const buttonLabel = useButtonLabel();

  if (shown.length === 0) return <span className="la-muted">{m('noActions')}</span>;
  return (
    <>
      <Space wrap size={[8, 8]} data-testid="matter-actions">
        {shown.map((t) => (
          <Button
            key={t}
            type={t === primary ? 'primary' : 'default'}
            danger={DANGER_ACTIONS.has(t)}
            onClick={() => setOpen(t)}
            data-action={t}
          >
            {buttonLabel(t, detail)}
          </Button>
        ))}
      </Space>
      {open ? <ActionDialog detail={detail} type={open} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
