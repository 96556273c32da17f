import { EyeOutlined, LockOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Descriptions, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../app/form-modal';
import { useI18n, useTr } from '../../app/i18n';
import { api } from '../../lib/api';
import { yuan } from './labels';
import { BASE } from './queries';
import type { SensitiveData } from './types';

/** Why the data is viewed: the Chinese is what the audit log records, whatever the console's language. */
const PURPOSES = [
  ['审查经济困难状况', 'Reviewing economic hardship'],
  ['核查告知承诺', 'Verifying the commitment'],
  ['制作法律文书', 'Drafting legal documents'],
  ['受援人来电核实身份', 'Confirming the identity of a calling aided person'],
] as const;

/**
 * 查看: full ID number and household income are shown only on request, with a stated purpose; the
 * server logs every read (legal-aid.view-sensitive, audited).
 */
export function SensitiveButton({ matterId }: { matterId: string }) {
  const tr = useTr();
  const { locale } = useI18n();
  const [asking, setAsking] = useState(false);
  const [data, setData] = useState<SensitiveData | null>(null);
  const view = useMutation({
    mutationFn: (purpose: string) =>
      api.get<SensitiveData>(`${BASE}/applications/${matterId}/sensitive`, { purpose }),
    onSuccess: (reply) => setData(reply),
  });

  if (data) {
    return (
      <div className="la-sensitive" data-testid="sensitive-data">
        <Descriptions size="small" column={2} bordered>
          <Descriptions.Item label={tr('公民身份号码', 'ID number')} span={2}>
            <span className="la-mono">{data.idNumber ?? '—'}</span>
          </Descriptions.Item>
          <Descriptions.Item label={tr('家庭人口', 'Household size')}>
            {data.householdSize ?? '—'} {tr('人', data.householdSize === 1 ? 'person' : 'persons')}
          </Descriptions.Item>
          <Descriptions.Item label={tr('家庭月收入', 'Household monthly income')}>
            {yuan(data.householdMonthlyIncomeYuan, locale)}
          </Descriptions.Item>
          <Descriptions.Item label={tr('人均月收入', 'Monthly income per person')} span={2}>
            {yuan(data.perCapitaIncomeYuan, locale)}
          </Descriptions.Item>
        </Descriptions>
        <div className="la-muted la-small la-gap-top">
          <LockOutlined /> {tr('本次查看已记入审计日志。', 'This view is recorded in the audit log.')}
          <Button type="link" size="small" onClick={() => setData(null)}>
            {tr('隐藏', 'Hide')}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <>
      <Button size="small" icon={<EyeOutlined />} onClick={() => setAsking(true)}>
        {tr('查看', 'View')}
      </Button>
      <FormModal<{ purpose: string; detail?: string }>
        open={asking}
        title={tr('查看敏感信息', 'View sensitive data')}
        okText={tr('查看', 'View')}
        onSubmit={(v) => view.mutateAsync([v.purpose, v.detail?.trim()].filter(Boolean).join('：'))}
        onClose={() => setAsking(false)}
      >
        <p className="la-muted">
          {tr(
            '完整身份证号和家庭收入属于个人敏感信息，查看须说明用途，查看记录将被审计。',
            'The full ID number and household income are sensitive personal data; state why you view them — every view is audited.',
          )}
        </p>
        <Form.Item
          name="purpose"
          label={tr('查看用途', 'Purpose')}
          rules={[{ required: true, message: tr('请选择查看用途', 'Choose the purpose') }]}
        >
          <Select options={PURPOSES.map(([zh, en]) => ({ value: zh, label: tr(zh, en) }))} />
        </Form.Item>
        <Form.Item name="detail" label={tr('补充说明（可选）', 'Details (optional)')}>
          <Input maxLength={100} />
        </Form.Item>
      </FormModal>
    </>
  );
}
