import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App as AntApp, Checkbox, Modal, Space, Spin, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useSaveError } from '../../app/use-save-error';
import { api } from '../../lib/api';
import { useStudyMessages } from './messages';

interface PushTargets {
  counties: { orgId: string; orgName: string; pushed: boolean }[];
  sessionsToCopy: number;
  sessionsStarted: number;
}

/**
 * 下发到旗县区: choose the county bureaus (those with a copy already are shown, not selectable), see how many
 * sessions go with the plan and how many have started and stay behind (GET …/push-targets), then push.
 */
export function PushModal({
  planId,
  open,
  onClose,
  onPushed,
}: {
  planId: string;
  open: boolean;
  onClose: () => void;
  onPushed: () => Promise<unknown>;
}) {
  const m = useStudyMessages();
  const { message } = AntApp.useApp();
  const saveError = useSaveError();
  const targets = useQuery({
    queryKey: ['study', 'plans', planId, 'push-targets'],
    queryFn: () => api.get<PushTargets>(`/api/study/plans/${planId}/push-targets`),
    enabled: open,
  });
  const [chosen, setChosen] = useState<string[]>([]);
  useEffect(() => {
    if (targets.data) setChosen(targets.data.counties.filter((c) => !c.pushed).map((c) => c.orgId));
  }, [targets.data]);
  const push = useMutation({
    mutationFn: () =>
      api.post<{ pushed: { orgName: string }[]; sessionsCopied: number }>(`/api/study/plans/${planId}/push`, {
        countyIds: chosen,
      }),
    onSuccess: async (r) => {
      void message.success(m('pushedTo', { n: r.pushed.length }));
      await onPushed();
      onClose();
    },
    onError: (error) => saveError(error),
  });
  const data = targets.data;
  const left = data?.counties.filter((c) => !c.pushed) ?? [];
  return (
    <Modal
      open={open}
      title={m('pushToCounties')}
      okText={m('pushOk', { n: chosen.length })}
      okButtonProps={{ disabled: chosen.length === 0, loading: push.isPending }}
      onOk={() => push.mutate()}
      onCancel={onClose}
      destroyOnHidden
    >
      {!data ? (
        <Spin />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          {data.sessionsStarted > 0 ? (
            <Alert
              type="warning"
              showIcon
              data-testid="push-started-warning"
              message={m('pushStartedWarning', { n: data.sessionsStarted, k: data.sessionsToCopy })}
            />
          ) : (
            <Alert type="info" showIcon message={m('pushSessions', { k: data.sessionsToCopy })} />
          )}
          {left.length === 0 ? (
            <Alert type="success" message={m('allPushed', { n: data.counties.length })} />
          ) : null}
          <Checkbox.Group value={chosen} onChange={(v) => setChosen(v as string[])} style={{ width: '100%' }}>
            <Space direction="vertical">
              {data.counties.map((c) => (
                <Checkbox key={c.orgId} value={c.orgId} disabled={c.pushed}>
                  {c.orgName} {c.pushed ? <Tag>{m('alreadyPushedTag')}</Tag> : null}
                </Checkbox>
              ))}
            </Space>
          </Checkbox.Group>
        </Space>
      )}
    </Modal>
  );
}
