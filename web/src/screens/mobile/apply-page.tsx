import type { CaseKind } from '@core/legal-aid/eligibility';
import type { GuidedQuestion } from '@core/legal-aid/guided-questions';
import { Alert, Button, Checkbox, Form, Input, InputNumber, Radio, Result, Spin, Tag } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import {
  ART31_LABELS,
  ART32_LABELS,
  ART42_LABELS,
  CASE_KIND_LABELS,
  MANDATORY_LABELS,
  VERDICT_LABELS,
} from '../../features/legal-aid/labels';
import { SignaturePad, type SignaturePadHandle } from '../../features/legal-aid/signature-pad';
import '../../features/legal-aid/legal-aid.css';
import { screenMessage } from '../public-fetch';
import { mobileApi } from './mobile-api';
import { SmsCodeField } from './sms-code-field';

interface Answers {
  caseKind?: CaseKind;
  mandatory?: string | null;
  matter?: string;
  circumstances?: string[];
  exemptions?: string[];
  hardship?: { householdSize: number; householdMonthlyIncomeYuan: number };
}

interface Guide {
  next: GuidedQuestion | null;
  verdict: 'eligible' | 'ineligible' | 'incomplete';
  hardship: string;
  messages: { code: string; article: string; message: string }[];
  standard: { monthlyPerCapitaYuan: number } | null;
}

const QUESTION_TITLES: Record<GuidedQuestion, string> = {
  caseKind: '您要申请哪一类法律援助？',
  mandatory: '犯罪嫌疑人、被告人是否属于下列情形之一？',
  matter: '您申请法律援助的事项是？',
  circumstances: '是否属于下列情形？（不受经济困难条件限制）',
  exemptions: '您是否属于下列人员，并能提供证明？（免予核查经济困难状况）',
  hardship: '请如实填写家庭经济状况',
};

/** One guided question at a time (core nextQuestion); its answer goes back into `answers`. */
function Question({
  question,
  onAnswer,
}: {
  question: GuidedQuestion;
  onAnswer: (a: Partial<Answers>) => void;
}) {
  const [choice, setChoice] = useState<string>();
  const [many, setMany] = useState<string[]>([]);
  const [size, setSize] = useState<number | null>(null);
  const [income, setIncome] = useState<number | null>(null);
  const single = (labels: Record<string, string>, extra?: { value: string; label: string }) => (
    <Radio.Group className="m-options" value={choice} onChange={(e) => setChoice(e.target.value as string)}>
      {Object.entries(labels).map(([value, label]) => (
        <Radio key={value} value={value}>
          {label}
        </Radio>
      ))}
      {extra ? <Radio value={extra.value}>{extra.label}</Radio> : null}
    </Radio.Group>
  );
  const multiple = (labels: Record<string, string>) => (
    <Checkbox.Group className="m-options" value={many} onChange={(v) => setMany(v as string[])}>
      {Object.entries(labels).map(([value, label]) => (
        <Checkbox key={value} value={value}>
          {label}
        </Checkbox>
      ))}
    </Checkbox.Group>
  );
  let body: React.ReactNode;
  let answer: Partial<Answers> | undefined;
  switch (question) {
    case 'caseKind':
      body = single(CASE_KIND_LABELS);
      answer = choice ? { caseKind: choice as CaseKind } : undefined;
      break;
    case 'mandatory':
      body = single(MANDATORY_LABELS, { value: 'none', label: '以上都不是' });
      answer = choice ? { mandatory: choice === 'none' ? null : choice } : undefined;
      break;
    case 'matter':
      body = single(ART31_LABELS, { value: 'other', label: '其他事项' });
      answer = choice ? { matter: choice } : undefined;
      break;
    case 'circumstances':
      body = multiple(ART32_LABELS);
      answer = { circumstances: many };
      break;
    case 'exemptions':
      body = multiple(ART42_LABELS);
      answer = { exemptions: many };
      break;
    case 'hardship':
      body = (
        <div className="m-options">
          <div>
            家庭人口数（人）
            <InputNumber
              min={1}
              max={99}
              style={{ width: '100%' }}
              value={size}
              onChange={setSize}
              aria-label="家庭人口数"
            />
          </div>
          <div>
            家庭月收入合计（元）
            <InputNumber
              min={0}
              precision={2}
              style={{ width: '100%' }}
              value={income}
              onChange={setIncome}
              aria-label="家庭月收入"
            />
          </div>
          <div className="m-muted">
            实行告知承诺制：无需提交收入证明，最后一步签署个人诚信承诺即可（法律援助法 第四十一条）。
          </div>
        </div>
      );
      answer =
        size && income !== null
          ? { hardship: { householdSize: size, householdMonthlyIncomeYuan: income } }
          : undefined;
      break;
  }
  const optional = question === 'circumstances' || question === 'exemptions';
  return (
    <div className="m-card" data-testid={`question-${question}`}>
      <div className="m-question">{QUESTION_TITLES[question]}</div>
      {body}
      <div className="m-actions">
        <Button type="primary" disabled={!answer} onClick={() => answer && onAnswer(answer)}>
          {optional && many.length === 0 ? '都不符合，下一步' : '下一步'}
        </Button>
      </div>
    </div>
  );
}

function Outcome({ guide }: { guide: Guide }) {
  const verdict = VERDICT_LABELS[guide.verdict];
  return (
    <div className="m-card" data-testid="likely-outcome">
      <div className="m-question">
        初步判断：
        <Tag color={verdict?.color}>
          {guide.verdict === 'eligible'
            ? '可能符合法律援助条件'
            : guide.verdict === 'ineligible'
              ? '可能不符合法律援助条件'
              : '尚需补充信息'}
        </Tag>
      </div>
      {guide.messages.map((m) => (
        <div key={m.code} style={{ marginBottom: 6 }}>
          {m.message} <span className="m-article">（{m.article}）</span>
        </div>
      ))}
      <div className="m-muted">
        以上为系统初步判断，最终以法律援助机构的审查决定为准；不符合条件的，您仍可提出申请。
      </div>
    </div>
  );
}

const COMMITMENT = `本人申请法律援助，现就家庭经济状况作如下承诺：本人所填报的家庭人口、家庭月收入等情况真实、准确、完整；本人知悉法律援助机构将通过信息共享查询等方式进行核查；如有隐瞒或者虚报，本人愿意承担终止法律援助、支付已实施法律援助的费用并依法接受罚款等法律责任（法律援助法 第四十一条、第四十八条、第六十四条）。`;

/** /m/apply: 网上申请法律援助 — guided questions, the likely outcome, the applicant's details, the signed commitment. */
export default function ApplyPage() {
  const [answers, setAnswers] = useState<Answers>({});
  const [guide, setGuide] = useState<Guide>();
  const [error, setError] = useState<string>();
  const [stage, setStage] = useState<'questions' | 'details' | 'sign' | 'done'>('questions');
  const [form] = Form.useForm();
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string>();
  const [checking, setChecking] = useState(false);
  const [signed, setSigned] = useState(false);
  const [agreed, setAgreed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ number: string; agencyName: string }>();
  const pad = useRef<SignaturePadHandle>(null);

  useEffect(() => {
    let live = true;
    mobileApi.post<Guide>('/api/public/legal-aid/guide', answers).then(
      (g) => live && setGuide(g),
      (e) => live && setError(screenMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [answers]);

  const submit = async () => {
    const details = await form.validateFields();
    const signaturePng = pad.current?.toDataUrl();
    if (!signaturePng) return;
    setBusy(true);
    setError(undefined);
    try {
      const reply = await mobileApi.post<{ number: string; agencyName: string }>(
        '/api/public/legal-aid/applications',
        {
          ...answers,
          applicant: {
            name: details.name,
            idNumber: details.idNumber,
            ...(details.address ? { address: details.address } : {}),
          },
          ...(details.opposingPartyName ? { opposingPartyName: details.opposingPartyName } : {}),
          facts: details.facts,
          phone: details.phone,
          code,
          signaturePng,
          commitmentAccepted: true,
        },
      );
      setDone(reply);
      setStage('done');
    } catch (e) {
      setError(screenMessage(e));
    } finally {
      setBusy(false);
    }
  };

  if (stage === 'done' && done)
    return (
      <Result
        status="success"
        title="申请已提交"
        subTitle={
          <div>
            <div>事项编号</div>
            <div className="m-big-number" style={{ fontSize: '1.4em' }} data-testid="matter-number">
              {done.number}
            </div>
            <div>
              {done.agencyName}将在 7 日内作出是否给予法律援助的决定（法律援助法
              第四十三条）。请牢记事项编号，凭编号和手机号查询进度。
            </div>
          </div>
        }
        extra={
          <Link to={`/m/track?number=${encodeURIComponent(done.number)}`}>
            <Button type="primary" size="large">
              查询办理进度
            </Button>
          </Link>
        }
      />
    );

  return (
    <div>
      <h1 className="m-h1">申请法律援助</h1>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
      {stage === 'questions' ? (
        !guide ? (
          <Spin />
        ) : guide.next ? (
          <Question
            key={guide.next}
            question={guide.next}
            onAnswer={(a) => setAnswers((prev) => ({ ...prev, ...a }))}
          />
        ) : (
          <>
            <Outcome guide={guide} />
            <div className="m-actions">
              <Button onClick={() => setAnswers({})}>重新回答</Button>
              <Button type="primary" onClick={() => setStage('details')}>
                继续填写申请
              </Button>
            </div>
          </>
        )
      ) : null}
      <div style={{ display: stage === 'details' ? undefined : 'none' }}>
        <Form form={form} layout="vertical" className="m-card" requiredMark={false}>
          <Form.Item name="name" label="申请人姓名" rules={[{ required: true, message: '请输入姓名' }]}>
            <Input autoComplete="name" />
          </Form.Item>
          <Form.Item
            name="idNumber"
            label="公民身份号码"
            rules={[{ required: true, message: '请输入公民身份号码' }]}
          >
            <Input maxLength={18} />
          </Form.Item>
          <Form.Item name="address" label="住址（选填）">
            <Input />
          </Form.Item>
          <Form.Item name="opposingPartyName" label="对方当事人（选填）">
            <Input />
          </Form.Item>
          <Form.Item
            name="facts"
            label="案情及申请理由"
            rules={[{ required: true, min: 5, message: '请简要说明案情（不少于 5 个字）' }]}
          >
            <Input.TextArea rows={4} maxLength={2000} />
          </Form.Item>
          <Form.Item name="phone" label="手机号码" rules={[{ required: true, message: '请输入手机号码' }]}>
            <Input inputMode="tel" maxLength={11} />
          </Form.Item>
          <Form.Item
            label="短信验证码"
            required
            validateStatus={codeError ? 'error' : undefined}
            help={codeError ? <span data-testid="code-error">{codeError}</span> : undefined}
          >
            <SmsCodeField
              value={code}
              onChange={(next) => {
                setCode(next);
                setCodeError(undefined);
              }}
              request={async () => {
                const phone = (await form.validateFields(['phone'])).phone as string;
                return mobileApi.post('/api/public/sms-codes', { phone, purpose: 'apply' });
              }}
            />
          </Form.Item>
        </Form>
        <div className="m-actions">
          <Button onClick={() => setStage('questions')}>上一步</Button>
          <Button
            type="primary"
            disabled={code.length !== 6}
            loading={checking}
            onClick={async () => {
              const details = await form.validateFields();
              // Check the code now (not spent: the application spends it), so a wrong or stale code
              // is told at this step, not after signing.
              setChecking(true);
              setCodeError(undefined);
              try {
                await mobileApi.post('/api/public/sms-codes/check', {
                  phone: details.phone,
                  purpose: 'apply',
                  code,
                });
                setStage('sign');
              } catch (e) {
                setCodeError(screenMessage(e));
              } finally {
                setChecking(false);
              }
            }}
          >
            下一步：签署承诺
          </Button>
        </div>
      </div>
      {stage === 'sign' ? (
        <div className="m-card">
          <div className="m-question">经济困难状况个人诚信承诺</div>
          <div className="m-commitment">{COMMITMENT}</div>
          <div style={{ margin: '12px 0' }}>
            <SignaturePad height={160} onChange={setSigned} ref={pad} />
          </div>
          <Checkbox checked={agreed} onChange={(e) => setAgreed(e.target.checked)}>
            我已阅读并同意上述承诺
          </Checkbox>
          <div className="m-actions">
            <Button onClick={() => setStage('details')}>上一步</Button>
            <Button type="primary" disabled={!signed || !agreed} loading={busy} onClick={submit}>
              提交申请
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
