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
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Upload,
} from 'antd';
import { useState } from 'react';
import { FormModal } from '../../app/form-modal';
import { PageHeader } from '../../app/page-header';
import { useSaveError } from '../../app/use-save-error';
import { api } from '../../lib/api';
import { fileToBase64, useVocabulary } from './labels';
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
  const vocabulary = useVocabulary();
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
      if (r.errors.length > 0) void message.error(m('importFailed', { n: r.errors.length }));
      else void message.success(m('importedCount', { n: r.imported }));
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
              {m('downloadTemplate')}
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
                {m('importXlsx')}
              </Button>
            </Upload>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {m('newQuestion')}
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
          title={m('importErrors')}
          description={
            <ul style={{ margin: 0 }}>
              {importErrors.slice(0, 50).map((e) => (
                <li key={`${e.row}-${e.column}`}>
                  {m('importErrorAt', { row: e.row, column: e.column, message: e.message })}
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
              placeholder={m('questionKind')}
              style={{ width: 120 }}
              value={kind}
              onChange={setKind}
              options={QUESTION_KINDS.map((k) => ({ value: k, label: vocabulary.questionKind[k] }))}
            />
            <Input.Search placeholder={m('searchStem')} allowClear onSearch={setQ} style={{ width: 220 }} />
          </Space>
        }
      >
        <Table<QuestionItem>
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          pagination={{ pageSize: 20 }}
          columns={[
            {
              title: m('questionKind'),
              render: (_v, r) => <Tag>{vocabulary.questionKind[r.kind]}</Tag>,
              width: 90,
            },
            { title: m('category'), render: (_v, r) => r.category ?? '—', width: 120 },
            {
              title: m('stemAndOptions'),
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
              title: m('active'),
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
  const m = useStudyMessages();
  const { message } = AntApp.useApp();
  const vocabulary = useVocabulary();
  const [form] = Form.useForm<QuestionValues>();
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
      void message.success(m('questionAdded'));
      await queryClient.invalidateQueries({ queryKey: KEY });
    },
  });
  const choices =
    kind === 'true-false'
      ? [
          { value: 0, label: m('trueOption') },
          { value: 1, label: m('falseOption') },
        ]
      : options.map((o, i) => ({ value: i, label: `${LETTERS[i]}. ${o ?? ''}` }));
  return (
    <FormModal<QuestionValues>
      form={form}
      width={720}
      title={m('newQuestion')}
      initialValues={{ kind: 'single', options: ['', '', '', ''], correct: [] }}
      onSubmit={create.mutateAsync}
      onClose={onClose}
    >
      <Space>
        <Form.Item name="kind" label={m('questionKind')}>
          <Select
            style={{ width: 120 }}
            options={QUESTION_KINDS.map((k) => ({ value: k, label: vocabulary.questionKind[k] }))}
            onChange={() => form.setFieldValue('correct', [])}
          />
        </Form.Item>
        <Form.Item name="category" label={m('category')}>
          <Input style={{ width: 200 }} placeholder={m('categoryPlaceholder')} />
        </Form.Item>
      </Space>
      <Form.Item name="stem" label={m('stem')} rules={[{ required: true, message: m('stemRequired') }]}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      {kind !== 'true-false' ? (
        <Form.List name="options">
          {(fields) =>
            fields.map((field, i) => (
              <Form.Item key={field.key} name={field.name} label={m('optionN', { l: LETTERS[i] ?? '' })}>
                <Input maxLength={200} />
              </Form.Item>
            ))
          }
        </Form.List>
      ) : null}
      <Form.Item
        name="correct"
        label={m('rightAnswer')}
        rules={[{ required: true, message: m('rightAnswerRequired') }]}
      >
        <Checkbox.Group options={choices} />
      </Form.Item>
      <Form.Item name="explanation" label={m('explanationLabel')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
