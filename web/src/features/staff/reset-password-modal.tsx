import { useMutation } from '@tanstack/react-query';
import { App as AntApp, Form, Input } from 'antd';
import { FormModal } from '../../app/form-modal';
import { useI18n } from '../../app/i18n';
import { api } from '../../lib/api';
import type { StaffMember } from '../../lib/types';

/** 重置密码: sets a new password (at least 8 characters) for `resetting`, to be told to them in person. */
export function ResetPasswordModal({
  resetting,
  onClose,
  onReset,
}: {
  /** Whose password is reset; null when closed. */
  resetting: StaffMember | null;
  onClose: () => void;
  /** After the reset: refetch the list. */
  onReset: () => void;
}) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();

  const resetPassword = useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) =>
      api.post<{ ok: true }>(`/api/staff/${id}/password`, { password }),
    onSuccess: () => {
      void message.success(t('staff.passwordReset'));
      onReset();
    },
  });

  return (
    <FormModal<{ password: string }>
      open={resetting !== null}
      title={resetting ? t('staff.resetPasswordTitle', { name: resetting.displayName }) : ''}
      okText={t('staff.resetPassword')}
      onSubmit={({ password }) => resetting && resetPassword.mutateAsync({ id: resetting.id, password })}
      onClose={onClose}
    >
      <Form.Item
        className="lh-hint-until-error"
        label={t('staff.newPassword')}
        name="password"
        extra={t('staff.passwordHelp')}
        rules={[{ required: true, min: 8, message: t('staff.passwordHelp') }]}
      >
        <Input.Password maxLength={128} autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
