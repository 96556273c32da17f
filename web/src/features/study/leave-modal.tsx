import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Form, Input, Modal } from 'antd';
import { useSaveError } from '../../app/use-save-error';
import { api } from '../../lib/api';
import { useStudyMessages } from './messages';

/** 请假: a member asks leave for a session; on success says so, closes and refreshes the programme's views. */
export function LeaveModal({ sessionId, onClose }: { sessionId: string; onClose: () => void }) {
  const m = useStudyMessages();
  const [form] = Form.useForm<{ reason: string }>();
  const { message } = AntApp.useApp();
  const saveError = useSaveError();
  const queryClient = useQueryClient();
  const send = useMutation({
    mutationFn: (reason: string) => api.post(`/api/study/sessions/${sessionId}/leave`, { reason }),
    onSuccess: async () => {
      void message.success(m('leaveSubmitted'));
      onClose();
      // The session row then shows 请假待审批 (and no second 请假 button); 我的学习 › 请假 lists it.
      await queryClient.invalidateQueries({ queryKey: ['study'] });
    },
    onError: (error) => saveError(error, { form }),
  });
  return (
    <Modal
      open
      title={m('askLeave')}
      okText={m('send')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={send.isPending}
    >
      <Form form={form} layout="vertical" onFinish={(v) => send.mutate(v.reason)}>
        <Form.Item
          name="reason"
          label={m('leaveReason')}
          rules={[{ required: true, min: 2, message: m('leaveReasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
