import { CrownOutlined, WarningFilled } from '@ant-design/icons';
import { ASSIGNMENT_BASES, type AssignmentBasis } from '@core/procedures/legal-aid-vocabulary';
import { Alert, Checkbox, Form, Input, Select, Table, Tag, Tooltip } from 'antd';
import { useEffect } from 'react';
import { useCodeLabel, useTr } from '../../app/i18n';
import { SPECIALTY } from '../lawyers/specialties';
import { useProviderSuggestions } from './queries';
import type { MatterDetail, ProviderSuggestion, SuggestionReason } from './types';
import { ASSIGNMENT_BASIS_EN } from './vocabulary';

/**
 * 指派: the ranked suggestions (GET /provider-suggestions) with their reasons, current load, lawyer-team
 * membership and conflicts; the clerk picks one row. The top conflict-free suggestion is preselected.
 * The reasons come as data (`reasonCodes`) and are worded here in the chosen language.
 */
export function AssignPicker({ detail }: { detail: MatterDetail }) {
  const form = Form.useFormInstance();
  const tr = useTr();
  const specialty = useCodeLabel(SPECIALTY);
  const reasonText = (r: SuggestionReason): string => {
    switch (r.code) {
      case 'specialty': {
        const names = (r.specialties ?? []).map((s) => specialty(s, s));
        return tr(`专业对口：${names.join('、')}`, `Specialty: ${names.join(', ')}`);
      }
      case 'area':
        return tr('服务区域与申请人所在地一致', 'Serves the applicant’s area');
      case 'team':
        return tr('公共法律服务律师团成员', 'Member of the public legal service lawyer team');
      case 'load':
        return tr(`在办法律援助案件 ${r.n ?? 0} 件`, `${r.n ?? 0} open aid case${r.n === 1 ? '' : 's'}`);
      case 'senior':
        return tr(
          `执业 ${r.n ?? 0} 年，符合第二十六条要求`,
          `${r.n ?? 0} year${r.n === 1 ? '' : 's'} in practice, as art. 26 requires`,
        );
      case 'conflict':
        return tr(
          '利益冲突：对方当事人是该律师承办的其他援助案件的受援人',
          'Conflict of interest: the opposing party is aided by this lawyer in another case',
        );
    }
  };
  const suggestions = useProviderSuggestions(detail.id, true);
  const providerId = Form.useWatch('providerId', form) as string | undefined;
  const rows = suggestions.data ?? [];

  const pick = (row: ProviderSuggestion) =>
    form.setFieldsValue({
      providerId: row.lawyerId,
      providerName: row.name,
      firmName: row.firmName ?? undefined,
    });

  useEffect(() => {
    if (providerId || rows.length === 0) return;
    const first = rows.find((r) => !r.conflict);
    if (first)
      form.setFieldsValue({
        providerId: first.lawyerId,
        providerName: first.name,
        firmName: first.firmName ?? undefined,
      });
  }, [rows, providerId, form]);

  const picked = rows.find((r) => r.lawyerId === providerId);

  return (
    <>
      <Table<ProviderSuggestion>
        size="small"
        rowKey="lawyerId"
        loading={suggestions.isPending}
        dataSource={rows}
        pagination={false}
        className="la-suggestions"
        rowSelection={{
          type: 'radio',
          selectedRowKeys: providerId ? [providerId] : [],
          onChange: (_keys, selected) => {
            if (selected[0]) pick(selected[0]);
          },
        }}
        onRow={(row) => ({ onClick: () => pick(row) })}
        locale={{
          emptyText: suggestions.isError
            ? tr('无法加载推荐人选', 'Cannot load the suggestions')
            : tr('暂无可指派的法律援助人员', 'No aid provider available to assign'),
        }}
        columns={[
          {
            title: tr('排名', 'Rank'),
            width: 56,
            render: (_v, _row, i) => <span className={`la-rank la-rank-${i + 1}`}>{i + 1}</span>,
          },
          {
            title: tr('律师', 'Lawyer'),
            render: (_v, row) => (
              <div>
                <div className="la-suggestion-name">
                  {row.name}
                  {row.teamMember ? (
                    <Tag color="gold" icon={<CrownOutlined />} className="la-inline-tag">
                      {tr('律师团', 'Lawyer team')}
                    </Tag>
                  ) : null}
                  {row.conflict ? (
                    <Tag color="red" icon={<WarningFilled />} className="la-inline-tag">
                      {tr('利益冲突', 'Conflict of interest')}
                    </Tag>
                  ) : null}
                </div>
                <div className="la-muted la-small">
                  {row.firmName ?? '—'}
                  {row.yearsOfPractice !== null
                    ? tr(` · 执业 ${row.yearsOfPractice} 年`, ` · ${row.yearsOfPractice} years in practice`)
                    : ''}
                </div>
              </div>
            ),
          },
          {
            title: tr('推荐理由', 'Why suggested'),
            render: (_v, row) => (
              <div className="la-suggestion-reasons">
                {row.reasonCodes.map((r) => (
                  <Tag key={r.code} variant="filled">
                    {reasonText(r)}
                  </Tag>
                ))}
              </div>
            ),
          },
          {
            title: tr('在办', 'Open cases'),
            dataIndex: 'load',
            width: 64,
            align: 'center',
            render: (load: number) => (
              <Tooltip title={tr('当前在办法律援助案件数', 'Legal aid cases in hand now')}>{load}</Tooltip>
            ),
          },
          {
            title: tr('评分', 'Score'),
            dataIndex: 'score',
            width: 64,
            align: 'right',
            render: (s: number) => Math.round(s),
          },
        ]}
      />
      {picked?.conflict ? (
        <Alert
          className="la-gap-top"
          type="error"
          showIcon
          message={tr(
            `${picked.name} 与本案存在利益冲突，请另选人员`,
            `${picked.name} has a conflict of interest in this case; choose someone else`,
          )}
        />
      ) : null}
      <Form.Item
        name="providerId"
        hidden
        rules={[{ required: true, message: tr('请选择法律援助人员', 'Choose an aid provider') }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="providerName" hidden>
        <Input />
      </Form.Item>
      <Form.Item name="firmName" hidden>
        <Input />
      </Form.Item>
      <Form.Item
        name="basis"
        label={tr('指派依据', 'Basis of assignment')}
        className="la-gap-top"
        rules={[{ required: true }]}
      >
        <Select
          options={Object.entries(ASSIGNMENT_BASES).map(([value, label]) => ({
            value,
            label: tr(label, ASSIGNMENT_BASIS_EN[value as AssignmentBasis]),
          }))}
        />
      </Form.Item>
      {detail.eligibility?.requiresSeniorLawyer ? (
        <Form.Item
          name="seniorLawyerConfirmed"
          valuePropName="checked"
          rules={[
            {
              validator: async (_r, v) => {
                if (!v)
                  throw new Error(
                    tr(
                      '本案应当指派具有三年以上相关执业经历的律师（第二十六条）',
                      'This case needs a lawyer with 3+ years of relevant practice (art. 26)',
                    ),
                  );
              },
            },
          ]}
        >
          <Checkbox>
            {tr(
              '已核实该律师具有三年以上相关执业经历（第二十六条）',
              'I have checked that this lawyer has 3+ years of relevant practice (art. 26)',
            )}
          </Checkbox>
        </Form.Item>
      ) : null}
    </>
  );
}
