import { isRole, type Role } from '@core/access';
import { useMutation } from '@tanstack/react-query';
import { App as AntApp, Checkbox, Form, Input, Select, Space, Switch } from 'antd';
import { FormModal } from '../../app/form-modal';
import { requiredChoice, requiredText } from '../../app/form-rules';
import { useI18n } from '../../app/i18n';
import { api } from '../../lib/api';
import type { StaffMember } from '../../lib/types';

interface StaffForm {
  orgId: string;
  username?: string;
  displayName: string;
  roles: Role[];
  password?: string;
  title?: string | null;
  partyMember: boolean;
  active?: boolean;
}

/**
 * 新增人员 / 编辑人员: organisation, name, roles (at least one), title, party member and, when editing, active;
 * a new account also takes its username and initial password (at least 8 characters).
 */
export function StaffFormModal({
  editing,
  orgOptions,
  roleOptions,
  onClose,
  onSaved,
}: {
  /** The staff member being edited, 'new' for a new one, null when closed. */
  editing: StaffMember | 'new' | null;
  /** Every organisation; a new account starts in the first. */
  orgOptions: { value: string; label: string; title: string }[];
  roleOptions: { value: Role; label: string }[];
  onClose: () => void;
  /** After a save, or a stale version: refetch the list. */
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();

  const save = useMutation({
    mutationFn: (values: StaffForm) => {
      if (editing === 'new') return api.post<StaffMember>('/api/staff', values);
      const current = editing as StaffMember;
      const { displayName, roles, orgId, title, partyMember, active } = values;
      return api.patch<StaffMember>(`/api/staff/${current.id}`, {
        version: current.version,
        displayName,
        roles,
        orgId,
        title: title ?? null,
        partyMember,
        active,
      });
    },
    onSuccess: () => {
      void message.success(t('common.saved'));
      onSaved();
    },
  });

  const current = editing && editing !== 'new' ? editing : undefined;
  const initialValues: StaffForm = current
    ? {
        orgId: current.orgId,
        displayName: current.displayName,
        roles: current.roles.filter(isRole),
        title: current.title,
        partyMember: current.partyMember,
        active: current.active,
      }
    : { orgId: orgOptions[0]?.value ?? '', displayName: '', roles: [], partyMember: false };

  return (
    <FormModal<StaffForm>
      open={editing !== null}
      title={current ? `${t('staff.edit')} · ${current.displayName}` : t('staff.create')}
      okText={t('common.save')}
      width={600}
      initialValues={initialValues}
      onSubmit={save.mutateAsync}
      onClose={onClose}
      onStale={() => {
        onClose();
        onSaved();
      }}
    >
      {current ? null : (
        <Form.Item label={t('staff.username')} name="username" rules={requiredText(t, t('staff.username'))}>
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item
        label={t('staff.displayName')}
        name="displayName"
        rules={requiredText(t, t('staff.displayName'))}
      >
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item label={t('common.org')} name="orgId" rules={requiredChoice(t, t('common.org'))}>
        <Select showSearch optionFilterProp="label" options={orgOptions} />
      </Form.Item>
      <Form.Item
        label={t('staff.roles')}
        name="roles"
        rules={requiredChoice(t, t('staff.roles'), { multiple: true })}
      >
        <Checkbox.Group
          options={roleOptions}
          style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 6 }}
        />
      </Form.Item>
      {current ? null : (
        <Form.Item
          className="lh-hint-until-error"
          label={t('staff.password')}
          name="password"
          extra={t('staff.passwordHelp')}
          rules={[{ required: true, min: 8, message: t('staff.passwordHelp') }]}
        >
          <Input.Password maxLength={128} autoComplete="new-password" />
        </Form.Item>
      )}
      <Form.Item label={t('staff.title2')} name="title">
        <Input maxLength={50} />
      </Form.Item>
      <Space size={32}>
        <Form.Item label={t('staff.partyMember')} name="partyMember" valuePropName="checked">
          <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
        </Form.Item>
        {current ? (
          <Form.Item label={t('common.status')} name="active" valuePropName="checked">
            <Switch checkedChildren={t('common.active')} unCheckedChildren={t('common.inactive')} />
          </Form.Item>
        ) : null}
      </Space>
    </FormModal>
  );
}
