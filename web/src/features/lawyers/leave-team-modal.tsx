import { useMutation } from '@tanstack/react-query';
import { App as AntApp, Form, Input } from 'antd';
import { FormModal } from '../../app/form-modal';
import { requiredText } from '../../app/form-rules';
import { useI18n } from '../../app/i18n';
import { api } from '../../lib/api';
import type { Lawyer } from '../../lib/types';

/** 退出律师团: takes `leaving` off the public legal service lawyer team, with the reason (at least 2 characters). */
export function LeaveTeamModal({
  leaving,
  onClose,
  onLeft,
}: {
  /** The team member leaving; null when closed. */
  leaving: Lawyer | null;
  onClose: () => void;
  /** After the change, or a stale version: refetch the roster. */
  onLeft: () => void;
}) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();

  const leave = useMutation({
    mutationFn: ({ lawyer, reason }: { lawyer: Lawyer; reason: string }) =>
      api.delete<{ item: Lawyer }>(`/api/lawyers/${lawyer.id}/team`, { version: lawyer.version, reason }),
    onSuccess: () => {
      void message.success(t('lawyer.left'));
      onLeft();
    },
  });

  return (
    <FormModal<{ reason: string }>
      open={leaving !== null}
      title={leaving ? `${t('lawyer.leaveTeam')} · ${leaving.name}` : ''}
      okText={t('lawyer.leaveTeam')}
      danger
      onSubmit={({ reason }) => leaving && leave.mutateAsync({ lawyer: leaving, reason })}
      onClose={onClose}
      onStale={() => {
        onClose();
        onLeft();
      }}
    >
      <Form.Item
        label={t('lawyer.leaveReason')}
        name="reason"
        rules={requiredText(t, t('lawyer.leaveReason'), { min: 2 })}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
