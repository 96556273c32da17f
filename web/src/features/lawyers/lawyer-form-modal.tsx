import { useMutation } from '@tanstack/react-query';
import { App as AntApp, Form, Input, InputNumber, Radio, Select, Space, Switch } from 'antd';
import { FormModal } from '../../app/form-modal';
import { requiredNumber, requiredText } from '../../app/form-rules';
import { useI18n } from '../../app/i18n';
import { api } from '../../lib/api';
import { todayIso } from '../../lib/dates';
import type { Lawyer } from '../../lib/types';
import { SPECIALTY_SUGGESTIONS, specialtyName } from './specialties';

interface LawyerForm {
  name: string;
  sex?: 'male' | 'female' | null;
  licenceNo: string;
  firstPracticeYear: number;
  firmId?: string | null;
  specialties: string[];
  phone?: string;
  active?: boolean;
}

/**
 * 新增律师 / 编辑律师: name, sex, licence number (17 digits), first year of practice, firm, specialties, phone
 * (masked; left empty keeps it) and, when editing, on or off the roster. When the server took the lawyer off
 * the team with the change (`removedFromTeam`), a warning says so.
 */
export function LawyerFormModal({
  editing,
  firmOptions,
  onClose,
  onSaved,
}: {
  /** The lawyer being edited, 'new' for a new one, null when closed. */
  editing: Lawyer | 'new' | null;
  firmOptions: { value: string; label: string }[];
  onClose: () => void;
  /** After a save, or a stale version: refetch the roster. */
  onSaved: () => void;
}) {
  const { t, locale } = useI18n();
  const { message } = AntApp.useApp();
  const thisYear = Number(todayIso().slice(0, 4));

  const save = useMutation({
    mutationFn: (values: LawyerForm) => {
      const { phone, ...rest } = values;
      const body = {
        ...rest,
        firmId: rest.firmId ?? null,
        sex: rest.sex ?? null,
        ...(phone?.trim() ? { phone } : {}),
      };
      if (editing === 'new') return api.post<{ item: Lawyer }>('/api/lawyers', body);
      const current = editing as Lawyer;
      return api.patch<{ item: Lawyer; removedFromTeam: boolean }>(`/api/lawyers/${current.id}`, {
        ...body,
        version: current.version,
      });
    },
    onSuccess: (reply) => {
      void message.success(t('common.saved'));
      if ('removedFromTeam' in reply && reply.removedFromTeam) void message.warning(t('lawyer.left'));
      onSaved();
    },
  });

  const current = editing && editing !== 'new' ? editing : undefined;
  const initialValues: LawyerForm = current
    ? {
        name: current.name,
        sex: current.sex,
        licenceNo: current.licenceNo,
        firstPracticeYear: current.firstPracticeYear,
        firmId: current.firmId,
        specialties: current.specialties,
        active: current.active,
      }
    : { name: '', licenceNo: '', firstPracticeYear: thisYear - 10, specialties: [] };

  return (
    <FormModal<LawyerForm>
      open={editing !== null}
      title={current ? `${t('lawyer.edit')} · ${current.name}` : t('lawyer.create')}
      okText={t('common.save')}
      width={620}
      initialValues={initialValues}
      onSubmit={save.mutateAsync}
      onClose={onClose}
      onStale={() => {
        onClose();
        onSaved();
      }}
    >
      <Space size={16} style={{ display: 'flex' }} align="start">
        <Form.Item label={t('lawyer.name')} name="name" rules={requiredText(t, t('lawyer.name'))}>
          <Input maxLength={100} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label={t('lawyer.sex')} name="sex">
          <Radio.Group
            options={[
              { value: 'male', label: t('lawyer.sex.male') },
              { value: 'female', label: t('lawyer.sex.female') },
            ]}
          />
        </Form.Item>
      </Space>
      <Space size={16} style={{ display: 'flex' }} align="start">
        <Form.Item
          label={t('lawyer.licenceNo')}
          name="licenceNo"
          rules={[{ required: true, pattern: /^\d{17}$/, message: t('lawyer.licenceInvalid') }]}
        >
          <Input maxLength={17} style={{ width: 240, fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item
          label={t('lawyer.firstPracticeYear')}
          name="firstPracticeYear"
          rules={requiredNumber(t, t('lawyer.firstPracticeYear'))}
        >
          <InputNumber min={1979} max={thisYear} precision={0} style={{ width: 140 }} />
        </Form.Item>
      </Space>
      <Form.Item label={t('lawyer.firm')} name="firmId">
        <Select allowClear showSearch optionFilterProp="label" options={firmOptions} />
      </Form.Item>
      <Form.Item label={t('lawyer.specialties')} name="specialties">
        <Select
          mode="tags"
          options={SPECIALTY_SUGGESTIONS.map((s) => ({ value: s, label: specialtyName(locale, s) }))}
          maxCount={20}
        />
      </Form.Item>
      <Form.Item
        label={t('lawyer.phone')}
        name="phone"
        extra={current?.phoneMasked ? t('lawyer.phoneKeep', { phone: current.phoneMasked }) : undefined}
      >
        <Input maxLength={40} autoComplete="off" />
      </Form.Item>
      {current ? (
        <Form.Item label={t('common.status')} name="active" valuePropName="checked">
          <Switch checkedChildren={t('lawyer.active')} unCheckedChildren={t('lawyer.inactive')} />
        </Form.Item>
      ) : null}
    </FormModal>
  );
}
