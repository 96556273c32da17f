import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { QUESTION_KINDS, type QuestionKind } from '@core/staff-programme/vocabulary';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Upload,
} from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../app/page-header';
import { useSaveError } from '../../app/use-save-error';
import { api } from '../../lib/api';
import { fileToBase64, QUESTION_KIND_LABELS } from './labels';
import { useStudyMessages } from './messages';
import type { QuestionItem } from './types';

const KEY = ['study', 'questions'] as const;
const LETTERS = 'ABCDEF';

interface ImportReply {
  imported: number;
  errors: { row: number; column: string; message: string }[];
}

/** 题库: the bureau's questions (with the right answers: training officers only), add, import, retire. */
export default function QuestionsPage() {
  const m = useStudyMessages();
  const { message } = AntApp.useApp();
  const saveError = useSaveError();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<QuestionKind>();
  const [q, setQ] = useState('');
  const [adding, setAdding] = useState(false);
  const [importErrors, setImportErrors] = useState<ImportReply['errors']>([]);
  const list = useQuery({
    queryKey: [...KEY, kind, q],
    queryFn: () => api.get<{ items: QuestionItem[] }>('/api/study/questions', { kind, q }),
  });
  const toggle = useMutation({
    mutationFn: (r: QuestionItem) =>
      api.patch(`/api/study/questions/${r.id}`, { version: r.version, active: !r.active }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
    onError: (error) => saveError(error, { onStale: () => void list.refetch() }),
  });
  const importFile = useMutation({
    mutationFn: async (file: File) =>
      api.post<ImportReply>('/api/study/questions/import', { file: await fileToBase64(file) }),
    onSuccess: async (r) => {
      setImportErrors(r.errors);
      if (r.errors.length > 0) void message.error(`导入失败：${r.errors.length} 处错误，未导入任何试题`);
      else void message.success(`已导入 ${r.imported} 道试题`);
      await queryClient.invalidateQueries({ queryKey: KEY });
    },
    onError: (error) => saveError(error),
  });
  return (
    <div>
      <PageHeader
        title={m('questionsTitle')}
        subtitle={m('questionsSubtitle')}
        extra={
          <Space>
            <Button icon={<DownloadOutlined />} href="/api/study/questions/template">
              下载导入模板
            </Button>
            <Upload
              accept=".xlsx"
              showUploadList={false}
              beforeUpload={(file) => {
                importFile.mutate(file);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={importFile.isPending}>
                导入 .xlsx
              </Button>
            </Upload>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              新增试题
            </Button>
          </Space>
        }
      />
      {importErrors.length > 0 ? (
        <Alert
          type="error"
          closable
          onClose={() => setImportErrors([])}
          style={{ marginBottom: 16 }}
          title="导入文件有错误，请修改后重新导入"
          description={
            <ul style={{ margin: 0 }}>
              {importErrors.slice(0, 50).map((e) => (
                <li key={`${e.row}-${e.column}`}>
                  第 {e.row} 行 {e.column} 列：{e.message}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Card
        extra={
          <Space>
            <Select
              allowClear
              placeholder="题型"
              style={{ width: 120 }}
              value={kind}
              onChange={setKind}
              options={QUESTION_KINDS.map((k) => ({ value: k, label: QUESTION_KIND_LABELS[k] }))}
            />
            <Input.Search placeholder="检索题干" allowClear onSearch={setQ} style={{ width: 220 }} />
          </Space>
        }
      >
        <Table<QuestionItem>
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          pagination={{ pageSize: 20 }}
          columns={[
            { title: '题型', render: (_v, r) => <Tag>{QUESTION_KIND_LABELS[r.kind]}</Tag>, width: 90 },
            { title: '分类', render: (_v, r) => r.category ?? '—', width: 120 },
            {
              title: '题干与选项',
              render: (_v, r) => (
                <div>
                  <div>{r.stem}</div>
                  <div style={{ color: '#666' }}>
                    {r.options.map((o, i) => (
                      <span
                        key={o}
                        style={{ marginRight: 12, fontWeight: r.correct.includes(i) ? 600 : 400 }}
                      >
                        {LETTERS[i]}. {o}
                        {r.correct.includes(i) ? ' ✓' : ''}
                      </span>
                    ))}
                  </div>
                </div>
              ),
            },
            {
              title: '启用',
              width: 80,
              render: (_v, r) => <Switch size="small" checked={r.active} onChange={() => toggle.mutate(r)} />,
            },
          ]}
        />
      </Card>
      {adding ? <AddQuestionModal onClose={() => setAdding(false)} /> : null}
    </div>
  );
}

interface QuestionValues {
  kind: QuestionKind;
  category?: string;
  stem: string;
  options: string[];
  correct: number[];
  explanation?: string;
}

function AddQuestionModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<QuestionValues>();
  const saveError = useSaveError();
  const queryClient = useQueryClient();
  const kind = Form.useWatch('kind', form) ?? 'single';
  const options = Form.useWatch('options', form) ?? [];
  const create = useMutation({
    mutationFn: (v: QuestionValues) =>
      api.post('/api/study/questions', {
        ...v,
        options: v.kind === 'true-false' ? [] : v.options.filter(Boolean),
        correct: Array.isArray(v.correct) ? v.correct : [v.correct],
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: KEY });
      onClose();
    },
    onError: (error) => saveError(error, { form }),
  });
  const choices =
    kind === 'true-false'
      ? [
          { value: 0, label: '正确' },
          { value: 1, label: '错误' },
        ]
      : options.map((o, i) => ({ value: i, label: `${LETTERS[i]}. ${o ?? ''}` }));
  return (
    <Modal
      open
      width={720}
      title="新增试题"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
    >
      <Form<QuestionValues>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'single', options: ['', '', '', ''], correct: [] }}
        onFinish={(v) => create.mutate(v)}
      >
        <Space>
          <Form.Item name="kind" label="题型">
            <Select
              style={{ width: 120 }}
              options={QUESTION_KINDS.map((k) => ({ value: k, label: QUESTION_KIND_LABELS[k] }))}
              onChange={() => form.setFieldValue('correct', [])}
            />
          </Form.Item>
          <Form.Item name="category" label="分类">
            <Input style={{ width: 200 }} placeholder="如：党纪法规" />
          </Form.Item>
        </Space>
        <Form.Item name="stem" label="题干" rules={[{ required: true, message: '请填写题干' }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        {kind !== 'true-false' ? (
          <Form.List name="options">
            {(fields) =>
              fields.map((field, i) => (
                <Form.Item key={field.key} name={field.name} label={`选项 ${LETTERS[i]}`}>
                  <Input maxLength={200} />
                </Form.Item>
              ))
            }
          </Form.List>
        ) : null}
        <Form.Item name="correct" label="正确答案" rules={[{ required: true, message: '请选择正确答案' }]}>
          <Checkbox.Group options={choices} />
        </Form.Item>
        <Form.Item name="explanation" label="解析">
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
