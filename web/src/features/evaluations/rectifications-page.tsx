import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Card, Form, Input, Modal, Segmented, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../app/page-header';
import { api, errorMessage } from '../../lib/api';
import { LEVEL_COLORS, PartyBadge } from './party-badge';
import type { RectificationItem } from './types';

type Filter = 'active' | 'overdue' | 'closed';
const KEY = ['rectifications'] as const;

/** 差评整改: each bad review's call-back (1 working day) and rectification (15), overdue items flagged and escalated. */
export default function RectificationsPage() {
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<Filter>('active');
  const [step, setStep] = useState<{ item: RectificationItem; kind: 'callback' | 'rectify' }>();
  const [form] = Form.useForm<{ note: string }>();
  const list = useQuery({
    queryKey: [...KEY, filter],
    queryFn: () =>
      api.get<{ items: RectificationItem[] }>(
        '/api/rectifications',
        filter === 'overdue' ? { overdue: 'true' } : { status: filter },
      ),
  });
  const advance = useMutation({
    mutationFn: ({ item, kind, note }: { item: RectificationItem; kind: string; note: string }) =>
      api.post<RectificationItem>(`/api/rectifications/${item.id}/${kind}`, { version: item.version, note }),
    onSuccess: async () => {
      setStep(undefined);
      form.resetFields();
      void message.success('已登记');
      await queryClient.invalidateQueries({ queryKey: KEY });
    },
    onError: (error) => void message.error(errorMessage(error)),
  });
  return (
    <div>
      <PageHeader
        title="差评整改"
        subtitle="差评 1 个工作日内回访、15 个工作日内整改，整改后由群众复评；逾期自动向局领导督办"
      />
      <Card
        extra={
          <Segmented<Filter>
            value={filter}
            onChange={setFilter}
            options={[
              { value: 'active', label: '办理中' },
              { value: 'overdue', label: '已逾期' },
              { value: 'closed', label: '已办结' },
            ]}
          />
        }
      >
        <Table<RectificationItem>
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          pagination={{ pageSize: 20 }}
          columns={[
            {
              title: '差评',
              render: (_v, r) => (
                <div>
                  <Tag color={LEVEL_COLORS[r.level]}>{r.levelLabel}</Tag> {r.serviceName} · {r.subjectNumber}
                  {r.comment ? <div className="la-muted">“{r.comment}”</div> : null}
                </div>
              ),
            },
            {
              title: '被评价人',
              render: (_v, r) => (
                <span>
                  {r.windowNumber ? `${r.windowNumber}号窗口 ` : ''}
                  {r.staffName ?? ''} <PartyBadge show={r.staffPartyMember} />
                  {r.lawyerName ? ` 律师：${r.lawyerName}` : ''}
                </span>
              ),
            },
            {
              title: '期限',
              render: (_v, r) => (
                <div>
                  <Tooltip title={r.sources.callback}>
                    <div>
                      回访 {r.callbackDueOn} {r.callbackOverdue ? <Tag color="red">逾期</Tag> : null}
                    </div>
                  </Tooltip>
                  <Tooltip title={r.sources.fix}>
                    <div>
                      整改 {r.fixDueOn} {r.fixOverdue ? <Tag color="red">逾期</Tag> : null}
                    </div>
                  </Tooltip>
                </div>
              ),
            },
            {
              title: '状态',
              render: (_v, r) => (
                <Space direction="vertical" size={2}>
                  <Tag
                    color={r.status === 'closed' ? 'green' : r.overdue ? 'red' : 'blue'}
                    data-testid="rectification-status"
                  >
                    {r.overdue ? `${r.statusLabel}（已逾期）` : r.statusLabel}
                  </Tag>
                  {r.escalatedAt ? <Tag color="volcano">已督办</Tag> : null}
                  {r.followUpLevel ? <span className="la-muted">复评：{r.followUpLevel} 分</span> : null}
                </Space>
              ),
            },
            {
              title: '操作',
              render: (_v, r) =>
                r.status === 'open' ? (
                  <Button size="small" onClick={() => setStep({ item: r, kind: 'callback' })}>
                    登记回访
                  </Button>
                ) : r.status === 'called-back' ? (
                  <Button size="small" onClick={() => setStep({ item: r, kind: 'rectify' })}>
                    登记整改
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      <Modal
        open={step !== undefined}
        title={step?.kind === 'callback' ? '登记回访情况' : '登记整改情况'}
        okText="保存"
        confirmLoading={advance.isPending}
        onCancel={() => setStep(undefined)}
        onOk={async () => {
          const { note } = await form.validateFields();
          if (step) advance.mutate({ item: step.item, kind: step.kind, note });
        }}
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="note"
            label="情况说明"
            rules={[{ required: true, min: 5, message: '情况说明不少于 5 个字' }]}
          >
            <Input.TextArea rows={4} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
