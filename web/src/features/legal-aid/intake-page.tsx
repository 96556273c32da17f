import { ClockCircleOutlined, SendOutlined, TagOutlined, UserOutlined } from '@ant-design/icons';
import { isAdvanceAidDue } from '@core/legal-aid/deadlines';
import {
  ART31_MATTERS,
  ART32_CIRCUMSTANCES,
  ART42_EXEMPTIONS,
  CASE_KINDS,
  HARDSHIP_METHODS,
  MANDATORY_GROUNDS,
} from '@core/legal-aid/eligibility';
import { ADVANCE_AID_GROUNDS } from '@core/procedures/legal-aid-vocabulary';
import { priorityGroups } from '@core/queue/priority';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  type FormInstance,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Switch,
  Tag,
} from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../app/page-header';
import { useSaveError } from '../../app/use-save-error';
import { api, errorMessage } from '../../lib/api';
import { type Dayjs, todayIso } from '../../lib/dates';
import { base64Of, CommitmentText, postCommitment } from './commitment-card';
import { EligibilityPanel } from './eligibility-panel';
import { type IntakeValues, toIntakeBody } from './intake-values';
import {
  AGENT_RELATION_LABELS,
  ART31_LABELS,
  ART32_LABELS,
  ART42_LABELS,
  CASE_KIND_LABELS,
  HARDSHIP_METHOD_LABELS,
  MANDATORY_LABELS,
  OTHER_MATTER,
} from './labels';
import { BASE, LEGAL_AID_KEY } from './queries';
import { phoneRule, ResidentIdField } from './resident-id-field';
import { SignaturePad, type SignaturePadHandle } from './signature-pad';
import type { MatterDetail } from './types';
import { useEligibilityPreview } from './use-eligibility-preview';
import './legal-aid.css';

/** The parts of a window matter (GET /api/matters/:id) a referred consultation hands over. */
interface ReferringMatter {
  id: string;
  number: string;
  state: { question?: unknown };
  partyDetails: { personId: string | null; role: string; name: string }[];
}

/**
 * 法律援助法 第二十三条: a consultation referred to legal aid (`/legal-aid/new?fromMatter=<id>`) opens the
 * intake pre-filled — the applicant (the consultation's applicant, else its first party; the full ID
 * number fetched through the logged /api/persons/:id/id-number), the opposing party, and the question
 * as the facts — so the citizen does not tell the story twice. Returns the consultation's number once
 * loaded; failures leave the form empty (staff type as usual).
 */
function usePrefillFromMatter(matterId: string | undefined, form: FormInstance<IntakeValues>) {
  const [number, setNumber] = useState<string>();
  useEffect(() => {
    if (!matterId) return;
    let cancelled = false;
    void (async () => {
      const matter = await api.get<ReferringMatter>(`/api/matters/${matterId}`).catch(() => undefined);
      if (!matter || cancelled) return;
      const applicant = matter.partyDetails.find((p) => p.role === 'applicant') ?? matter.partyDetails[0];
      const opposing = matter.partyDetails.find(
        (p) => p !== applicant && (p.role === 'opposing-party' || p.role === 'respondent'),
      );
      form.setFieldsValue({
        ...(applicant ? { applicant: { name: applicant.name } } : {}),
        ...(opposing ? { opposingParty: { name: opposing.name, kind: 'person' as const } } : {}),
        ...(typeof matter.state.question === 'string' ? { facts: matter.state.question } : {}),
      });
      setNumber(matter.number);
      if (!applicant?.personId) return;
      const revealed = await api
        .get<{ idNumber: string }>(`/api/persons/${applicant.personId}/id-number`, {
          purpose: `法律援助申请受理（由法律咨询 ${matter.number} 转介）`,
        })
        .catch(() => undefined);
      if (revealed && !cancelled) form.setFieldValue(['applicant', 'idNumber'], revealed.idNumber);
    })();
    return () => {
      cancelled = true;
    };
  }, [matterId, form]);
  return number;
}

/** What the queue console hands over with the ticket (router state; never in the URL). */
interface FromTicket {
  personName?: string | null;
  ticketNumber?: string;
}

function daysUntil(iso: string): number {
  return Math.round((Date.parse(iso) - Date.parse(todayIso())) / 86_400_000);
}

/** 法律援助法 第四十四条第一项: fewer than 7 days before a limitation period or deadline expires. */
function AdvanceAidPrompt({ due }: { due: Dayjs | null | undefined }) {
  if (!due) return null;
  const iso = due.format('YYYY-MM-DD');
  const days = daysUntil(iso);
  if (days < 0) {
    return (
      <Alert
        className="la-panel-alert"
        type="error"
        showIcon
        message="法定时效或期限已届满"
        description={`届满日 ${iso} 已过，请核实期限。`}
      />
    );
  }
  if (!isAdvanceAidDue(iso, todayIso())) return null;
  return (
    <Alert
      className="la-panel-alert"
      type="warning"
      showIcon
      data-testid="advance-aid-prompt"
      message={`距时效或期限届满仅剩 ${days} 日`}
      description={`可先行提供法律援助（法律援助法 第四十四条第一项：${ADVANCE_AID_GROUNDS[1]}），受理后由中心主任决定。`}
    />
  );
}

/** 申请受理: the legal-aid intake form with the live eligibility panel beside it. */
export default function IntakePage() {
  const [form] = Form.useForm<IntakeValues>();
  const [search] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = AntApp.useApp();
  const showSaveError = useSaveError();
  const pad = useRef<SignaturePadHandle>(null);
  const [signed, setSigned] = useState(false);

  const ticketId = search.get('ticketId') ?? undefined;
  const fromTicket = (location.state ?? {}) as FromTicket;
  const ticketNumber = fromTicket.ticketNumber ?? search.get('ticketNumber') ?? undefined;
  const fromMatterId = search.get('fromMatter') ?? undefined;
  const fromMatterNumber = usePrefillFromMatter(fromMatterId, form);

  const values = (Form.useWatch([], form) ?? {}) as IntakeValues;
  const caseKind = values.caseKind;
  const hasAgent = values.hasAgent ?? false;
  const method = values.hardship?.method;
  const { data, fetching } = useEligibilityPreview(values);

  const create = useMutation({
    mutationFn: async (v: IntakeValues) => {
      const detail = await api.post<MatterDetail>(`${BASE}/applications`, toIntakeBody(v, { ticketId }));
      const png = v.hardship?.method === 'commitment' ? pad.current?.toDataUrl() : undefined;
      let commitmentError: unknown;
      if (png) {
        try {
          await postCommitment(detail.id, {
            signaturePng: base64Of(png),
            mimeType: 'image/png',
            fileName: 'signature.png',
          });
        } catch (error) {
          commitmentError = error;
        }
      }
      return { detail, commitmentError };
    },
    onSuccess: async ({ detail, commitmentError }) => {
      await queryClient.invalidateQueries({ queryKey: LEGAL_AID_KEY });
      if (commitmentError) {
        void message.warning(
          `申请已登记，但告知承诺书未能保存：${errorMessage(commitmentError)}，请在详情页重新签署`,
        );
      } else {
        void message.success(detail.number ? `申请已登记：${detail.number}` : '申请已登记');
      }
      void navigate(`/legal-aid/${detail.id}`);
    },
    onError: (error) => showSaveError(error, { form }),
  });

  const matterOptions = [
    ...ART31_MATTERS.map((m, i) => ({ value: m, label: `（${i + 1}）${ART31_LABELS[m]}` })),
    { value: OTHER_MATTER, label: '（9）其他：法律、法规、规章规定的其他情形' },
  ];

  return (
    <div className="la-page">
      <PageHeader
        title="法律援助申请受理"
        subtitle="依据《中华人民共和国法律援助法》第三十八条至第四十四条，窗口当场登记、当场预审"
        extra={
          <Link to="/legal-aid">
            <Button>返回案件列表</Button>
          </Link>
        }
      />
      {ticketId ? (
        <Alert
          className="la-ticket-banner"
          type="info"
          showIcon
          icon={<TagOutlined />}
          message={
            <span>
              来自排队号 <strong>{ticketNumber ?? ''}</strong>
              {fromTicket.personName ? (
                <>
                  ，申请人 <strong>{fromTicket.personName}</strong>
                </>
              ) : null}
              ：登记后该号与本申请关联。
            </span>
          }
        />
      ) : null}
      {fromMatterId && fromMatterNumber ? (
        <Alert
          className="la-ticket-banner"
          type="info"
          showIcon
          data-testid="from-consultation"
          message={
            <span>
              由法律咨询 <Link to={`/matters/${fromMatterId}`}>{fromMatterNumber}</Link>{' '}
              转介：申请人与案情已带入，请核对补充。
            </span>
          }
        />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        requiredMark
        scrollToFirstError
        initialValues={{
          applicant: { name: fromTicket.personName ?? undefined },
          caseKind: 'civil',
          hasAgent: false,
          agent: { relation: 'close-relative' },
          opposingParty: { kind: 'organisation' },
          hardship: { method: 'commitment', householdSize: 1 },
          simpleCase: true,
        }}
        onFinish={(v) => create.mutate(v)}
      >
        <Row gutter={20} align="top">
          <Col xs={24} xl={16}>
            <Card
              className="la-card"
              title={
                <span className="la-card-title">
                  <span className="la-step">1</span>申请人
                </span>
              }
            >
              <Row gutter={16}>
                <Col xs={24} md={8}>
                  <Form.Item
                    name={['applicant', 'name']}
                    label="姓名"
                    rules={[{ required: true, whitespace: true, message: '请填写申请人姓名' }]}
                  >
                    <Input prefix={<UserOutlined />} maxLength={50} autoComplete="off" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={16}>
                  <ResidentIdField name={['applicant', 'idNumber']} label="公民身份号码" required />
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={['applicant', 'phone']} label="联系电话" rules={[phoneRule]}>
                    <Input maxLength={20} autoComplete="off" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={16}>
                  <Form.Item name={['applicant', 'address']} label="住址">
                    <Input maxLength={200} autoComplete="off" />
                  </Form.Item>
                </Col>
              </Row>
            </Card>

            <Card
              className="la-card"
              title={
                <span className="la-card-title">
                  <span className="la-step">2</span>代理人
                  <span className="la-card-sub">
                    无民事行为能力人或限制民事行为能力人由法定代理人代为申请（第四十条）
                  </span>
                </span>
              }
              extra={
                <Form.Item name="hasAgent" valuePropName="checked" noStyle>
                  <Switch checkedChildren="有代理人" unCheckedChildren="无代理人" />
                </Form.Item>
              }
            >
              {hasAgent ? (
                <Row gutter={16}>
                  <Col xs={24} md={8}>
                    <Form.Item name={['agent', 'relation']} label="代理人身份" rules={[{ required: true }]}>
                      <Radio.Group
                        optionType="button"
                        options={Object.entries(AGENT_RELATION_LABELS).map(([value, label]) => ({
                          value,
                          label,
                        }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item
                      name={['agent', 'name']}
                      label="代理人姓名"
                      rules={[{ required: true, whitespace: true, message: '请填写代理人姓名' }]}
                    >
                      <Input maxLength={50} autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={['agent', 'phone']} label="代理人电话" rules={[phoneRule]}>
                      <Input maxLength={20} autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={16}>
                    <ResidentIdField
                      name={['agent', 'idNumber']}
                      label="代理人公民身份号码"
                      required={false}
                    />
                  </Col>
                </Row>
              ) : (
                <div className="la-muted">
                  申请人本人申请。如由法定代理人或近亲属代为申请，请打开右上角开关。
                </div>
              )}
            </Card>

            <Card
              className="la-card"
              title={
                <span className="la-card-title">
                  <span className="la-step">3</span>对方当事人
                </span>
              }
            >
              <Row gutter={16}>
                <Col xs={24} md={6}>
                  <Form.Item name={['opposingParty', 'kind']} label="类型">
                    <Radio.Group
                      optionType="button"
                      options={[
                        { value: 'person', label: '个人' },
                        { value: 'organisation', label: '单位' },
                      ]}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={10}>
                  <Form.Item name={['opposingParty', 'name']} label="名称或姓名">
                    <Input maxLength={100} autoComplete="off" placeholder="用于利益冲突审查" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={['opposingParty', 'idNumber']} label="证件号码（可选）">
                    <Input maxLength={30} autoComplete="off" placeholder="身份证号或统一社会信用代码" />
                  </Form.Item>
                </Col>
              </Row>
            </Card>

            <Card
              className="la-card"
              title={
                <span className="la-card-title">
                  <span className="la-step">4</span>案情
                </span>
              }
            >
              <Form.Item
                name="caseKind"
                label="案件类别"
                rules={[{ required: true, message: '请选择案件类别' }]}
              >
                <Radio.Group
                  optionType="button"
                  buttonStyle="solid"
                  options={CASE_KINDS.map((k) => ({ value: k, label: CASE_KIND_LABELS[k] }))}
                />
              </Form.Item>
              {caseKind === 'criminal-defence' ? (
                <Form.Item
                  name="mandatory"
                  label="应当通知辩护的情形（第二十五条）"
                  extra="属于下列情形的，办案机关应当通知法律援助机构指派律师，无需审查经济困难状况；不属于的，按申请审查（第二十四条）。"
                >
                  <Select
                    allowClear
                    placeholder="不属于应当通知辩护的情形"
                    options={MANDATORY_GROUNDS.map((g, i) => ({
                      value: g,
                      label: `（${i + 1}）${MANDATORY_LABELS[g]}`,
                    }))}
                  />
                </Form.Item>
              ) : null}
              {caseKind === 'civil' || caseKind === 'administrative' ? (
                <Row gutter={16}>
                  <Col xs={24} md={values.matter === OTHER_MATTER ? 14 : 24}>
                    <Form.Item
                      name="matter"
                      label="申请事项（第三十一条）"
                      rules={[{ required: true, message: '请选择申请事项' }]}
                    >
                      <Select
                        showSearch
                        optionFilterProp="label"
                        placeholder="请选择申请事项"
                        options={matterOptions}
                        data-testid="matter-select"
                      />
                    </Form.Item>
                  </Col>
                  {values.matter === OTHER_MATTER ? (
                    <Col xs={24} md={10}>
                      <Form.Item
                        name="matterOther"
                        label="其他事项"
                        rules={[{ required: true, whitespace: true, message: '请填写申请事项' }]}
                      >
                        <Input maxLength={50} placeholder="请写明事项及依据" />
                      </Form.Item>
                    </Col>
                  ) : null}
                </Row>
              ) : null}
              <Form.Item
                name="circumstances"
                label="不受经济困难条件限制的情形（第三十二条）"
                className="la-checks"
              >
                <Checkbox.Group
                  options={ART32_CIRCUMSTANCES.map((c) => ({ value: c, label: ART32_LABELS[c] }))}
                />
              </Form.Item>
              <Form.Item name="exemptions" label="免予核查经济困难状况（第四十二条）" className="la-checks">
                <Checkbox.Group
                  options={ART42_EXEMPTIONS.map((e) => ({ value: e, label: ART42_LABELS[e] }))}
                />
              </Form.Item>
              <Form.Item name="priorityGroups" label="重点群体">
                <Select
                  mode="multiple"
                  allowClear
                  placeholder="老年人、残疾人、农民工等优先办理"
                  options={priorityGroups.map((g) => ({ value: g.code, label: g.labelZh }))}
                />
              </Form.Item>
              <Form.Item
                name="facts"
                label="案情摘要"
                rules={[{ required: true, whitespace: true, message: '请简要记录案情' }]}
              >
                <Input.TextArea
                  rows={4}
                  maxLength={2000}
                  showCount
                  placeholder="时间、地点、经过、诉求，以及已采取的维权措施"
                />
              </Form.Item>
            </Card>

            <Card
              className="la-card"
              title={
                <span className="la-card-title">
                  <span className="la-step">5</span>家庭经济状况
                  <span className="la-card-sub">第三十四条、第四十一条</span>
                </span>
              }
            >
              <Row gutter={16}>
                <Col xs={24} md={6}>
                  <Form.Item
                    name={['hardship', 'householdSize']}
                    label="家庭人口数"
                    rules={[{ type: 'integer', min: 1, message: '家庭人口数应为正整数' }]}
                  >
                    <InputNumber min={1} max={30} precision={0} addonAfter="人" style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item
                    name={['hardship', 'householdMonthlyIncomeYuan']}
                    label="家庭月收入合计"
                    rules={[{ type: 'number', min: 0, message: '家庭月收入应为不小于零的金额' }]}
                  >
                    <InputNumber
                      min={0}
                      precision={2}
                      step={100}
                      addonAfter="元/月"
                      style={{ width: '100%' }}
                      data-testid="household-income"
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={10}>
                  <Form.Item name={['hardship', 'method']} label="核查方式">
                    <Radio.Group
                      optionType="button"
                      options={HARDSHIP_METHODS.map((m) => ({ value: m, label: HARDSHIP_METHOD_LABELS[m] }))}
                    />
                  </Form.Item>
                </Col>
              </Row>
              {method === 'commitment' ? (
                <div className="la-intake-commitment">
                  <div className="la-panel-subtitle">告知承诺书 · 申请人签名</div>
                  <CommitmentText />
                  <SignaturePad ref={pad} onChange={setSigned} height={160} />
                  {!signed ? (
                    <div className="la-muted la-small">
                      也可先登记，稍后在案件详情页打印承诺书并签署或上传扫描件。
                    </div>
                  ) : null}
                </div>
              ) : null}
            </Card>

            <Card
              className="la-card"
              title={
                <span className="la-card-title">
                  <span className="la-step">6</span>办理方式与期限
                </span>
              }
            >
              <Row gutter={16}>
                <Col xs={24} md={10}>
                  <Form.Item
                    name="simpleCase"
                    label="简易案件"
                    valuePropName="checked"
                    extra="事实清楚、材料齐全的，按“五个当天”当日受理、审批、指派"
                  >
                    <Switch checkedChildren="简易" unCheckedChildren="一般" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={14}>
                  <Form.Item
                    name="limitationDueOn"
                    label={
                      <span>
                        <ClockCircleOutlined /> 诉讼时效或起诉、仲裁、复议期限届满日
                      </span>
                    }
                    extra="不足七日的，可先行提供法律援助（第四十四条）"
                  >
                    <DatePicker style={{ width: '100%' }} placeholder="如有，请选择届满日" />
                  </Form.Item>
                </Col>
              </Row>
            </Card>

            <div className="la-submit-bar">
              <Space>
                <Tag color="blue">窗口申请</Tag>
                <span className="la-muted">提交后生成申请登记，进入受理环节</span>
              </Space>
              <Space>
                <Button onClick={() => form.resetFields()}>清空</Button>
                <Button
                  type="primary"
                  size="large"
                  htmlType="submit"
                  icon={<SendOutlined />}
                  loading={create.isPending}
                  data-testid="intake-submit"
                >
                  提交申请
                </Button>
              </Space>
            </div>
          </Col>
          <Col xs={24} xl={8} className="la-panel-col">
            <div className="la-sticky">
              <EligibilityPanel
                preview={data?.preview}
                offline={data?.offline ?? false}
                fetching={fetching}
                advanceAidPrompt={<AdvanceAidPrompt due={values.limitationDueOn} />}
              />
            </div>
          </Col>
        </Row>
      </Form>
    </div>
  );
}
