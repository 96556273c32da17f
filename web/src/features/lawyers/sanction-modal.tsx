import { useMutation } from '@tanstack/react-query';
import { Alert, App as AntApp, DatePicker, Form, Input, Radio } from 'antd';
import { FormModal } from '../../app/form-modal';
import { requiredChoice, requiredText } from '../../app/form-rules';
import { useI18n } from '../../app/i18n';
import { api } from '../../lib/api';
import { type Dayjs, todayIso, toIsoDate } from '../../lib/dates';
import { type Lawyer, SANCTION_KINDS, type SanctionKind, type TeamReason } from '../../lib/types';
import { ReasonList } from './team-bits';

interface SanctionForm {
  kind: SanctionKind;
  decidedOn: Dayjs;
  authority: string;
  description: string;
}

/**
 * 记录处分: records a sanction against `sanctioning` (kind, decision date not in the future, authority,
 * grounds). The server then checks a team member against the team rule again; when it took them off the team,
 * a warning gives its reasons.
 */
export function SanctionModal({
  sanctioning,
  onClose,
  onRecorded,
}: {
  /** The lawyer sanctioned; null when closed. */
  sanctioning: Lawyer | null;
  onClose: () => void;
  /** After the sanction is recorded: refetch the roster. */
  onRecorded: () => void;
}) {
  const { t } = useI18n();
  const { message, modal } = AntApp.useApp();

  const sanction = useMutation({
    mutationFn: ({ lawyer, values }: { lawyer: Lawyer; values: SanctionForm }) =>
      api.post<{ removedFromTeam: boolean; reasons: TeamReason[] }>(`/api/lawyers/${lawyer.id}/sanctions`, {
        ...values,
        decidedOn: toIsoDate(values.decidedOn),
      }),
    onSuccess: (reply, { lawyer }) => {
      void message.success(t('lawyer.sanctionRecorded'));
      if (reply.removedFromTeam) {
        modal.warning({
          title: t('lawyer.removedFromTeam', { name: lawyer.name }),
          content: <ReasonList reasons={reply.reasons} />,
        });
      }
      onRecorded();
    },
  });

  return (
    <FormModal<SanctionForm>
      open={sanctioning !== null}
      title={sanctioning ? t('lawyer.sanctionTitle', { name: sanctioning.name }) : ''}
      okText={t('common.save')}
      width={560}
      initialValues={{ kind: 'industry-sanction' }}
      onSubmit={(values) => sanctioning && sanction.mutateAsync({ lawyer: sanctioning, values })}
      onClose={onClose}
    >
      {sanctioning?.teamMember ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('lawyer.sanctionTeamWarning', { name: sanctioning.name })}
        />
      ) : null}
      <Form.Item label={t('lawyer.sanctionKind')} name="kind" rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          options={SANCTION_KINDS.map((k) => ({ value: k, label: t(`lawyer.sanctionKind.${k}`) }))}
        />
      </Form.Item>
      <Form.Item
        label={t('lawyer.decidedOn')}
        name="decidedOn"
        rules={requiredChoice(t, t('lawyer.decidedOnInSentence'))}
      >
        <DatePicker disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()} />
      </Form.Item>
      <Form.Item
        label={t('lawyer.authority')}
        name="authority"
        rules={requiredText(t, t('lawyer.authorityInSentence'), { min: 2 })}
      >
        <Input maxLength={100} placeholder={t('lawyer.authorityPlaceholder')} />
      </Form.Item>
      <Form.Item
        label={t('lawyer.description')}
        name="description"
        rules={requiredText(t, t('lawyer.description'), { min: 2 })}
      >
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </FormModal>
  );
}
