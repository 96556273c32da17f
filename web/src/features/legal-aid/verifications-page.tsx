import { AuditOutlined, ExperimentOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Card, Empty, Form, Input, InputNumber, Radio, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCan } from '../../app/auth';
import { FormModal } from '../../app/form-modal';
import { useTr } from '../../app/i18n';
import { PageHeader } from '../../app/page-header';
import { api } from '../../lib/api';
import { formatInstant } from '../../lib/dates';
import { BASE, LEGAL_AID_KEY, useVerifications } from './queries';
import type { VerificationTask } from './types';
import './legal-aid.css';

const OUTCOMES = {
  confirmed: { label: ['承诺属实', 'Commitment true'], color: 'green' },
  'false-commitment': { label: ['虚假承诺', 'False commitment'], color: 'red' },
} as const;

const OUTCOME_VIEW = {
  pending: { label: ['待核查', 'To verify'], color: 'processing' },
  ...OUTCOMES,
} as const;

interface DecisionValues {
  outcome: 'confirmed' | 'false-commitment';
  note: string;
}

/**
 * 核查任务: sampled checks of applications evidenced by commitment (告知承诺). A false commitment
 * prompts termination (法律援助法 第四十八条) and recovery of the cost (第六十四条).
 */
export default function VerificationsPage() {
  const { message } = AntApp.useApp();
  const tr = useTr();
  const queryClient = useQueryClient();
  const tasks = useVerifications();
  const canReview = useCan('legal-aid.review');
  const [deciding, setDeciding] = useState<VerificationTask | null>(null);
  const [sampling, setSampling] = useState(false);
  const [form] = Form.useForm<DecisionValues>();

  const sample = useMutation({
    mutationFn: (rate: number) => api.post<unknown>(`${BASE}/verifications/sample`, { rate }),
    onSuccess: () => {
      void message.success(tr('已按比例抽取核查任务', 'Verification tasks sampled'));
      void queryClient.invalidateQueries({ queryKey: LEGAL_AID_KEY });
    },
  });
  const decide = useMutation({
    mutationFn: (v: { id: string; outcome: string; note: string; version?: number }) =>
      api.patch<VerificationTask>(`${BASE}/verifications/${v.id}`, {
        outcome: v.outcome,
        note: v.note,
        ...(v.version !== undefined ? { version: v.version } : {}),
      }),
    onSuccess: (_r, v) => {
      void message.success(
        v.outcome === 'false-commitment'
          ? tr(
              '已记录虚假承诺，请依法终止法律援助并追偿',
              'False commitment recorded; terminate the aid and recover the costs',
            )
          : tr('已确认承诺属实', 'Commitment confirmed as true'),
      );
      void queryClient.invalidateQueries({ queryKey: LEGAL_AID_KEY });
    },
  });
  const outcome = Form.useWatch('outcome', form);

  return (
    <div className="la-page">
      <PageHeader
        title={tr('告知承诺核查', 'Commitment verification')}
        subtitle={tr(
          '对以告知承诺方式证明经济困难的申请按比例抽查；发现虚假承诺的，终止法律援助（第四十八条）并追偿（第六十四条）',
          'Spot-check a share of applications that proved hardship by commitment; a false commitment ends the aid (art. 48) and the costs are recovered (art. 64)',
        )}
        extra={
          canReview ? (
            <Button type="primary" icon={<ExperimentOutlined />} onClick={() => setSampling(true)}>
              {tr('抽取核查任务', 'Sample verification tasks')}
            </Button>
          ) : null
        }
      />
      <Card className="la-card">
        <Table<VerificationTask>
          rowKey="id"
          loading={tasks.isPending}
          dataSource={tasks.data ?? []}
          pagination={false}
          locale={{ emptyText: <Empty description={tr('暂无核查任务', 'No verification tasks')} /> }}
          columns={[
            {
              title: tr('案件编号', 'Case number'),
              render: (_v, row) => <Link to={`/legal-aid/${row.matterId}`}>{row.matterNumber ?? '—'}</Link>,
            },
            { title: tr('申请人', 'Applicant'), dataIndex: 'applicantName' },
            { title: tr('抽取时间', 'Sampled at'), render: (_v, row) => formatInstant(row.sampledAt) },
            {
              title: tr('核查结果', 'Result'),
              render: (_v, row) => (
                <Tag color={OUTCOME_VIEW[row.outcome].color}>
                  {tr(OUTCOME_VIEW[row.outcome].label[0], OUTCOME_VIEW[row.outcome].label[1])}
                </Tag>
              ),
            },
            { title: tr('说明', 'Note'), dataIndex: 'note', render: (v: string | null) => v ?? '—' },
            {
              title: tr('操作', 'Actions'),
              render: (_v, row) =>
                row.outcome !== 'pending' ? (
                  row.terminationPrompt ? (
                    <span className="la-small la-danger">{row.terminationPrompt.message}</span>
                  ) : null
                ) : (
                  <Button size="small" icon={<AuditOutlined />} onClick={() => setDeciding(row)}>
                    {tr('登记结果', 'Record result')}
                  </Button>
                ),
            },
          ]}
        />
      </Card>
      <FormModal<{ ratePercent: number }>
        open={sampling}
        title={tr('抽取核查任务', 'Sample verification tasks')}
        okText={tr('抽取', 'Sample')}
        initialValues={{ ratePercent: 10 }}
        onSubmit={(v) => sample.mutateAsync(v.ratePercent / 100)}
        onClose={() => setSampling(false)}
      >
        <Form.Item
          name="ratePercent"
          label={tr('抽查比例', 'Share to check')}
          rules={[{ required: true }]}
          extra={tr(
            '从尚未核查的告知承诺申请中随机抽取',
            'Drawn at random from commitment applications not yet checked',
          )}
        >
          <InputNumber min={1} max={100} addonAfter="%" />
        </Form.Item>
      </FormModal>
      <FormModal<DecisionValues>
        form={form}
        open={deciding !== null}
        title={`${tr('登记核查结果', 'Record the result')} ${deciding?.matterNumber ?? ''}`}
        okText={tr('保存', 'Save')}
        danger={outcome === 'false-commitment'}
        initialValues={{ outcome: 'confirmed' }}
        onSubmit={(v) =>
          deciding &&
          decide.mutateAsync({
            id: deciding.id,
            outcome: v.outcome,
            note: v.note.trim(),
            version: deciding.version,
          })
        }
        onClose={() => setDeciding(null)}
        onStale={() => void tasks.refetch()}
      >
        <Form.Item name="outcome" label={tr('核查结果', 'Result')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={Object.entries(OUTCOMES).map(([value, o]) => ({
              value,
              label: tr(o.label[0], o.label[1]),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={tr('核查说明', 'Verification note')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: tr('请填写核查说明', 'Enter the verification note'),
            },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
        {outcome === 'false-commitment' ? (
          <Space className="la-muted la-small">
            {tr(
              '登记后请在案件详情中依第四十八条第一款第（一）项终止法律援助。',
              'Then terminate the aid on the case page under art. 48(1)(1).',
            )}
          </Space>
        ) : null}
      </FormModal>
    </div>
  );
}
