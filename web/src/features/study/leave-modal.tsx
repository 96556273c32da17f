import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Form, Input } from 'antd';
import { FormModal } from '../../app/form-modal';
import { api } from '../../lib/api';
import { useStudyMessages } from './messages';

/** 请假: a member asks leave for a session; on success says so, closes and refreshes the programme's views. */
export function LeaveModal({ sessionId, onClose }: { sessionId: string; onClose: () => void }) {
  const m = useStudyMessages();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const send = useMutation({
    mutationFn: (reason: string) => api.post(`/api/study/sessions/${sessionId}/leave`, { reason }),
    onSuccess: () => {
      void message.success(m('leaveSubmitted'));
      // The session row then shows 请假待审批 (and no second 请假 button); 我的学习 › 请假 lists it.
      void queryClient.invalidateQueries({ queryKey: ['study'] });
    },
  });
  return (
    <FormModal<{ reason: string }>
      title={m('askLeave')}
      okText={m('send')}
      onSubmit={(v) => send.mutateAsync(v.reason)}
      onClose={onClose}
    >
      <Form.Item
        name="reason"
        label={m('leaveReason')}
        rules={[{ required: true, min: 2, message: m('leaveReasonRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}
