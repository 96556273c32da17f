import { PlusOutlined } from '@ant-design/icons';
import { RESPONDENT_KINDS } from '@core/staff-programme/vocabulary';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App as AntApp,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  Modal,
  Popconfirm,
  QRCode,
  Segmented,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useCan } from '../../app/auth';
import { PageHeader } from '../../app/page-header';
import { useSaveError } from '../../app/use-save-error';
import { api } from '../../lib/api';
import { formatInstant } from '../../lib/dates';
import { OPINION_STATUS_LABELS, RESPONDENT_KIND_LABELS } from './labels';
import { useStudyMessages } from './messages';
import { StaffPicker } from './staff-picker';
import type { OpinionForm, OpinionItem } from './types';

const KEY = ['opinions'] as const;

/**
 * 开门纳谏: forms sent to NPC deputies, CPPCC members and service users (a public link or QR code, no login),
 * the opinions collected, assigned, handled and replied to. Staff without `opinion.manage` see the opinions
 * assigned to them.
 */
export default function OpinionsPage() {
  const m = useStudyMessages();
  const manage = useCan('opinion.manage');
  return (
    <div>
      <PageHeader title={m('opinionsTitle')} subtitle={m('opinionsSubtitle')} />
      <Card>
        <Tabs
          items={[
            ...(manage ? [{ key: 'forms', label: '征求意见表', children: <FormsTab /> }] : []),
            {
              key: 'opinions',
              label: manage ? '意见办理' : '交我办理的意见',
              children: <OpinionsTab manage={manage} />,
            },
          ]}
        />
      </Card>
    </div>
  );
}

function FormsTab() {
  const { message } = AntApp.useApp();
  const saveError = useSaveError();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [qr, setQr] = useState<OpinionForm>();
  const [form] = Form.useForm<{ title: string; intro?: string; respondentKinds: string[] }>();
  const list = useQuery({
    queryKey: [...KEY, 'forms'],
    queryFn: () => api.get<{ items: OpinionForm[] }>('/api/opinion-forms'),
  });
  const create = useMutation({
    mutationFn: (v: { title: string; intro?: string; respondentKinds: string[] }) =>
      api.post('/api/opinion-forms', {
        ...v,
        questions: [
          { key: 'satisfaction', label: '您对我局干部队伍作风的总体评价', kind: 'rating', required: true },
        ],
      }),
    onSuccess: async () => {
      void message.success('征求意见表已发布');
      setCreating(false);
      await queryClient.invalidateQueries({ queryKey: KEY });
    },
    onError: (error) => saveError(error, { form }),
  });
  const setStatus = useMutation({
    mutationFn: (f: OpinionForm) =>
      api.post(`/api/opinion-forms/${f.id}/status`, {
        version: f.version,
        status: f.status === 'open' ? 'closed' : 'open',
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
    onError: (error) => saveError(error),
  });
  const url = (f: OpinionForm) => `${window.location.origin}${f.publicPath}`;
  return (
    <div>
      <Button
        type="primary"
        icon={<PlusOutlined />}
        onClick={() => setCreating(true)}
        style={{ marginBottom: 16 }}
      >
        新建征求意见表
      </Button>
      <Table<OpinionForm>
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        columns={[
          { title: '标题', dataIndex: 'title' },
          {
            title: '征求对象',
            render: (_v, f) => f.respondentKinds.map((k) => RESPONDENT_KIND_LABELS[k]).join('、'),
          },
          { title: '收到意见', dataIndex: 'responses' },
          {
            title: '状态',
            render: (_v, f) => (
              <Tag color={f.status === 'open' ? 'green' : 'default'}>
                {f.status === 'open' ? '征集中' : '已截止'}
              </Tag>
            ),
          },
          {
            title: '链接',
            render: (_v, f) => (
              <Space>
                <Typography.Text copyable={{ text: url(f) }}>{f.publicPath}</Typography.Text>
                <Button size="small" onClick={() => setQr(f)}>
                  二维码
                </Button>
                <Button size="small" onClick={() => setStatus.mutate(f)}>
                  {f.status === 'open' ? '截止' : '重新开放'}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={creating}
        title="新建征求意见表"
        onCancel={() => setCreating(false)}
        onOk={() => form.submit()}
        confirmLoading={create.isPending}
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ respondentKinds: ['npc-deputy', 'cppcc-member', 'service-user'] }}
          onFinish={(v) => create.mutate(v)}
        >
          <Form.Item name="title" label="标题" rules={[{ required: true, message: '请填写标题' }]}>
            <Input maxLength={100} placeholder="开门纳谏：请您为我局队伍建设提意见" />
          </Form.Item>
          <Form.Item name="intro" label="说明">
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Form.Item
            name="respondentKinds"
            label="征求对象"
            rules={[{ required: true, message: '请选择征求对象' }]}
          >
            <Checkbox.Group
              options={RESPONDENT_KINDS.map((k) => ({ value: k, label: RESPONDENT_KIND_LABELS[k] }))}
            />
          </Form.Item>
        </Form>
      </Modal>
      <Modal open={qr !== undefined} title={qr?.title} footer={null} onCancel={() => setQr(undefined)}>
        {qr ? (
          <Space direction="vertical" align="center" style={{ width: '100%' }}>
            <QRCode value={url(qr)} size={260} />
            <Typography.Text copyable>{url(qr)}</Typography.Text>
          </Space>
        ) : null}
      </Modal>
    </div>
  );
}

type Step = { kind: 'assign' | 'reply'; item: OpinionItem };

function OpinionsTab({ manage }: { manage: boolean }) {
  const { message } = AntApp.useApp();
  const saveError = useSaveError();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<string>('all');
  const [step, setStep] = useState<Step>();
  const [form] = Form.useForm();
  const view = manage ? 'managed' : 'assigned';
  const list = useQuery({
    queryKey: [...KEY, view, status],
    queryFn: () =>
      api.get<{ items: OpinionItem[] }>('/api/opinions', {
        view,
        status: status === 'all' ? undefined : status,
      }),
  });
  const act = useMutation({
    mutationFn: ({ path, body }: { path: string; body: unknown }) => api.post(path, body),
    onSuccess: async () => {
      void message.success('已办理');
      setStep(undefined);
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: KEY });
    },
    onError: (error) => saveError(error, { form, onStale: () => void list.refetch() }),
  });
  return (
    <div>
      <Segmented
        style={{ marginBottom: 16 }}
        value={status}
        onChange={(v) => setStatus(String(v))}
        options={[
          { value: 'all', label: '全部' },
          ...Object.entries(OPINION_STATUS_LABELS).map(([value, label]) => ({ value, label })),
        ]}
      />
      <Table<OpinionItem>
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        expandable={{
          expandedRowRender: (r) => (
            <div>
              <p>{r.content}</p>
              {r.handlingNote ? <p>办理情况：{r.handlingNote}</p> : null}
              {r.reply ? <p>答复：{r.reply}</p> : null}
            </div>
          ),
        }}
        columns={[
          { title: '提交时间', render: (_v, r) => formatInstant(r.submittedAt), width: 150 },
          {
            title: '提出人',
            render: (_v, r) =>
              `${RESPONDENT_KIND_LABELS[r.respondentKind]} ${r.respondentName ?? '（匿名）'} ${r.contactMasked ?? ''}`,
          },
          { title: '意见', dataIndex: 'content', ellipsis: true },
          { title: '承办人', render: (_v, r) => r.assigneeName ?? '—' },
          { title: '状态', render: (_v, r) => <Tag>{OPINION_STATUS_LABELS[r.status]}</Tag> },
          {
            title: '操作',
            render: (_v, r) => (
              <Space>
                {manage && (r.status === 'new' || r.status === 'assigned') ? (
                  <Button size="small" onClick={() => setStep({ kind: 'assign', item: r })}>
                    {r.status === 'new' ? '分办' : '改派'}
                  </Button>
                ) : null}
                {r.status === 'assigned' ? (
                  <Button size="small" type="primary" onClick={() => setStep({ kind: 'reply', item: r })}>
                    办理答复
                  </Button>
                ) : null}
                {manage && r.status === 'replied' ? (
                  <Popconfirm
                    title="确认办结？"
                    onConfirm={() =>
                      act.mutate({ path: `/api/opinions/${r.id}/close`, body: { version: r.version } })
                    }
                  >
                    <Button size="small">办结</Button>
                  </Popconfirm>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={step !== undefined}
        title={step?.kind === 'assign' ? '分办意见' : '办理答复'}
        onCancel={() => setStep(undefined)}
        onOk={() => form.submit()}
        confirmLoading={act.isPending}
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={(v: Record<string, string>) =>
            step &&
            act.mutate({
              path: `/api/opinions/${step.item.id}/${step.kind}`,
              body: { version: step.item.version, ...v },
            })
          }
        >
          {step?.kind === 'assign' ? (
            <Form.Item name="assigneeId" label="承办人" rules={[{ required: true, message: '请选择承办人' }]}>
              <StaffPicker />
            </Form.Item>
          ) : (
            <>
              <Form.Item
                name="handlingNote"
                label="办理情况"
                rules={[{ required: true, min: 2, message: '请填写办理情况' }]}
              >
                <Input.TextArea rows={3} maxLength={2000} />
              </Form.Item>
              <Form.Item
                name="reply"
                label="答复内容"
                rules={[{ required: true, min: 2, message: '请填写答复内容' }]}
              >
                <Input.TextArea rows={3} maxLength={2000} />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </div>
  );
}
