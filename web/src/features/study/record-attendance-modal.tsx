import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Form, Input, Typography } from 'antd';
import { FormModal } from '../../app/form-modal';
import { api } from '../../lib/api';
import { formatInstant } from '../../lib/dates';
import { useVocabulary } from './labels';
import { useStudyMessages } from './messages';
import type { SessionItem } from './types';

/** What the organiser is about to record for one person on the sign-in sheet. */
export interface PendingRecord {
  userId: string;
  name: string;
  status: 'present' | 'late' | 'leave' | 'absent';
}

interface Values {
  arrivedAt?: string;
  reason: string;
}

/**
 * 代签到 / 更正: the organiser states why (required) and, for present or late, when the person actually
 * arrived (Beijing time on the session's day; default the start; the server bounds it to the check-in
 * window and decides present or late from it). The record keeps that time, not the moment of entry.
 */
export function RecordAttendanceModal({
  session,
  serverNow,
  pending,
  onClose,
}: {
  session: SessionItem;
  /** The server's clock (the screen's last poll), which the arrival time may not pass. */
  serverNow: string;
  pending: PendingRecord;
  onClose: () => void;
}) {
  const m = useStudyMessages();
  const vocabulary = useVocabulary();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const start = formatInstant(session.startsAt);
  const day = start.slice(0, 10);
  const attended = pending.status === 'present' || pending.status === 'late';
  // Default arrival: the start, or now if that is earlier on the session's day (never a time to come).
  const now = formatInstant(serverNow);
  const defaultArrival = now.slice(0, 10) === day && now < start ? now : start;
  const record = useMutation({
    mutationFn: (v: Values) =>
      api.post(`/api/study/sessions/${session.id}/attendance`, {
        userId: pending.userId,
        status: pending.status,
        reason: v.reason,
        ...(attended && v.arrivedAt ? { arrivedAt: `${day}T${v.arrivedAt}:00+08:00` } : {}),
      }),
    onSuccess: async () => {
      void message.success(m('recorded'));
      await queryClient.invalidateQueries({ queryKey: ['study', 'attendance', session.id] });
    },
  });
  return (
    <FormModal<Values>
      title={m('recordTitle', { name: pending.name, status: vocabulary.attendance[pending.status] })}
      initialValues={{ arrivedAt: attended ? defaultArrival.slice(11, 16) : undefined }}
      onSubmit={record.mutateAsync}
      onClose={onClose}
    >
      {attended ? (
        <Form.Item
          name="arrivedAt"
          label={m('arrivedAt')}
          extra={m('arrivedAtHint', { day })}
          rules={[{ pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: m('arrivedAtFormat') }]}
        >
          <Input style={{ width: 120 }} placeholder="18:00" data-testid="arrived-at" />
        </Form.Item>
      ) : null}
      <Form.Item
        name="reason"
        label={m('recordReason')}
        rules={[{ required: true, whitespace: true, message: m('recordReasonRequired') }]}
      >
        <Input.TextArea rows={2} maxLength={200} placeholder={m('recordReasonPlaceholder')} />
      </Form.Item>
      <Typography.Text type="secondary">{m('recordAudited')}</Typography.Text>
    </FormModal>
  );
}
