import { PlusOutlined } from '@ant-design/icons';
import { RATING_MAX } from '@core/staff-programme/opinion-form';
import { OPINION_STATUSES, RESPONDENT_KINDS } from '@core/staff-programme/vocabulary';
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
  Rate,
  Segmented,
  Space,
  Table,
  Tabs,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useCan } from '../../app/auth';
import { FormModal } from '../../app/form-modal';
import { PageHeader } from '../../app/page-header';
import { useSaveError } from '../../app/use-save-error';
import { api } from '../../lib/api';
import { formatInstant } from '../../lib/dates';
import { useCitizenBaseUrl } from '../../screens/citizen-base-url';
import { useVocabulary } from './labels';
import { useStudyMessages } from './messages';
import { StaffPicker } from './staff-picker';
import type { OpinionForm, OpinionItem } from './types';

/** The outbox status of a reply's SMS, in words. */
const SMS_STATUS: Record<string, 'smsPending' | 'smsSent' | 'smsFailed'> = {
  pending: 'smsPending',
  sent: 'smsSent',
  failed: 'smsFailed',
};

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
            ...(manage ? [{ key: 'forms', label: m('formsTab'), children: <FormsTab /> }] : []),
            {
              key: 'opinions',
              label: manage ? m('handleTab') : m('assignedTab'),
              children: <OpinionsTab manage={manage} />,
            },
          ]}
        />
      </Card>
    </div>
  );
}

interface NewFormValues {
  title: string;
  intro?: string;
  respondentKinds: string[];
}

function FormsTab() {
  const m = useStudyMessages();
  const vocabulary = useVocabulary();
  const { message } = AntApp.useApp();
  const saveError = useSaveError();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [qr, setQr] = useState<OpinionForm>();
  const citizenBase = useCitizenBaseUrl();
  const list = useQuery({
    queryKey: [...KEY, 'forms'],
    queryFn: () => api.get<{ items: OpinionForm[] }>('/api/opinion-forms'),
  });
  const create = useMutation({
    mutationFn: (v: NewFormValues) =>
      api.post('/api/opinion-forms', {
        ...v,
        questions: [
          { key: 'satisfaction', label: '您对我局干部队伍作风的总体评价', kind: 'rating', required: true },
        ],
      }),
    onSuccess: () => {
      void message.success(m('formPublished'));
      void queryClient.invalidateQueries({ queryKey: KEY });
    },
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
  const url = (f: OpinionForm) => `${citizenBase}${f.publicPath}`;
  return (
    <div>
      <Button
        type="primary"
        icon={<PlusOutlined />}
        onClick={() => setCreating(true)}
        style={{ marginBottom: 16 }}
      >
        {m('newForm')}
      </Button>
      <Table<OpinionForm>
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        columns={[
          { title: m('title'), dataIndex: 'title' },
          {
            title: m('respondents'),
            render: (_v, f) =>
              f.respondentKinds.map((k) => vocabulary.respondentKind[k]).join(m('listSeparator')),
          },
          { title: m('responses'), dataIndex: 'responses' },
          {
            title: m('status'),
            render: (_v, f) => (
              <Tag color={f.status === 'open' ? 'green' : 'default'}>
                {f.status === 'open' ? m('formOpen') : m('formClosed')}
              </Tag>
            ),
          },
          {
            title: m('link'),
            render: (_v, f) => (
              <Space>
                <Typography.Text copyable={{ text: url(f) }}>{f.publicPath}</Typography.Text>
                <Button size="small" onClick={() => setQr(f)}>
                  {m('qrCode')}
                </Button>
                <Button size="small" onClick={() => setStatus.mutate(f)}>
                  {f.status === 'open' ? m('closeForm') : m('reopenForm')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <FormModal<NewFormValues>
        open={creating}
        title={m('newForm')}
        initialValues={{ respondentKinds: ['npc-deputy', 'cppcc-member', 'service-user'] }}
        onSubmit={create.mutateAsync}
        onClose={() => setCreating(false)}
      >
        <Form.Item name="title" label={m('title')} rules={[{ required: true, message: m('titleRequired') }]}>
          <Input maxLength={100} placeholder={m('formTitlePlaceholder')} />
        </Form.Item>
        <Form.Item name="intro" label={m('description')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="respondentKinds"
          label={m('respondents')}
          rules={[{ required: true, message: m('respondentsRequired') }]}
        >
          <Checkbox.Group
            options={RESPONDENT_KINDS.map((k) => ({ value: k, label: vocabulary.respondentKind[k] }))}
          />
        </Form.Item>
      </FormModal>
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
  const m = useStudyMessages();
  const vocabulary = useVocabulary();
  const { message } = AntApp.useApp();
  const saveError = useSaveError();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<string>('all');
  const [step, setStep] = useState<Step>();
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
    mutationFn: ({ path, body }: { path: string; body: unknown; done: 'assigned' | 'replied' | 'handled' }) =>
      api.post(path, body),
    onSuccess: (_r, { done }) => {
      void message.success(m(done));
      void queryClient.invalidateQueries({ queryKey: KEY });
    },
  });
  const refetch = () => void list.refetch();
  return (
    <div>
      <Segmented
        style={{ marginBottom: 16 }}
        value={status}
        onChange={(v) => setStatus(String(v))}
        options={[
          { value: 'all', label: m('all') },
          ...OPINION_STATUSES.map((value) => ({ value, label: vocabulary.opinionStatus[value] })),
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
              {r.handlingNote ? <p>{m('handlingValue', { text: r.handlingNote })}</p> : null}
              {r.reply ? <p>{m('replyValue', { text: r.reply })}</p> : null}
              {r.reply ? (
                <Typography.Text type="secondary" data-testid="reply-channel">
                  {r.replySms
                    ? m(SMS_STATUS[r.replySms.status] ?? 'smsPending', { phone: r.replySms.toMasked })
                    : m('replyRecordedOnly')}
                </Typography.Text>
              ) : null}
            </div>
          ),
        }}
        columns={[
          { title: m('submittedAt'), render: (_v, r) => formatInstant(r.submittedAt), width: 150 },
          {
            title: m('respondent'),
            render: (_v, r) =>
              `${vocabulary.respondentKind[r.respondentKind]} ${r.respondentName ?? m('anonymous')} ${r.contactMasked ?? ''}`,
          },
          {
            title: m('rating'),
            width: 150,
            render: (_v, r) =>
              r.ratings.length === 0
                ? '—'
                : r.ratings.map((x) => (
                    <Tooltip key={x.label} title={x.label}>
                      <Rate disabled count={RATING_MAX} value={x.value} style={{ fontSize: 14 }} />
                    </Tooltip>
                  )),
          },
          { title: m('opinion'), dataIndex: 'content', ellipsis: true },
          { title: m('assignee'), render: (_v, r) => r.assigneeName ?? '—' },
          { title: m('status'), render: (_v, r) => <Tag>{vocabulary.opinionStatus[r.status]}</Tag> },
          {
            title: m('actions'),
            render: (_v, r) => (
              <Space>
                {manage && (r.status === 'new' || r.status === 'assigned') ? (
                  <Button size="small" onClick={() => setStep({ kind: 'assign', item: r })}>
                    {r.status === 'new' ? m('assign') : m('reassign')}
                  </Button>
                ) : null}
                {r.status === 'assigned' ? (
                  <Button size="small" type="primary" onClick={() => setStep({ kind: 'reply', item: r })}>
                    {m('replyAction')}
                  </Button>
                ) : null}
                {manage && r.status === 'replied' ? (
                  <Popconfirm
                    title={m('closeOpinionConfirm')}
                    onConfirm={() =>
                      act.mutate(
                        {
                          path: `/api/opinions/${r.id}/close`,
                          body: { version: r.version },
                          done: 'handled',
                        },
                        { onError: (error) => saveError(error, { onStale: refetch }) },
                      )
                    }
                  >
                    <Button size="small">{m('closeOpinion')}</Button>
                  </Popconfirm>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      <FormModal<Record<string, string>>
        open={step !== undefined}
        title={step?.kind === 'assign' ? m('assignTitle') : m('replyAction')}
        onSubmit={(v) =>
          step &&
          act.mutateAsync({
            path: `/api/opinions/${step.item.id}/${step.kind}`,
            body: { version: step.item.version, ...v },
            done: step.kind === 'assign' ? 'assigned' : 'replied',
          })
        }
        onClose={() => setStep(undefined)}
        onStale={refetch}
      >
        {step?.kind === 'assign' ? (
          <Form.Item
            name="assigneeId"
            label={m('assignee')}
            rules={[{ required: true, message: m('assigneeRequired') }]}
          >
            <StaffPicker />
          </Form.Item>
        ) : (
          <>
            <Form.Item
              name="handlingNote"
              label={m('handling')}
              rules={[{ required: true, min: 2, message: m('handlingRequired') }]}
            >
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
            <Form.Item
              name="reply"
              label={m('replyContent')}
              rules={[{ required: true, min: 2, message: m('replyRequired') }]}
            >
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          </>
        )}
      </FormModal>
    </div>
  );
}
