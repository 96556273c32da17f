import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Steps } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { screenMessage } from '../public-fetch';
import { mobileApi, savedTrackToken, saveTrackToken } from './mobile-api';
import { RatingDone, RatingForm, type RatingValue } from './rating-form';
import { SmsCodeField } from './sms-code-field';

interface CitizenMatter {
  number: string;
  status: string;
  statusLabel: string;
  channelLabel: string;
  matterLabel: string;
  agencyName: string;
  applicantName: string;
  steps: { label: string; at: string | null; state: 'done' | 'pending' | 'not-applicable' }[];
  /** The standing refusal: reasons and where to object (法律援助法 第四十九条). */
  refusal: {
    decidedAt: string;
    reasons: string[];
    explanation: string;
    objectionBody: string;
    objectionNote: string;
    objectionSource: string;
    objectionDecided: boolean;
  } | null;
  lawyer: { name: string; firmName: string | null } | null;
  documents: { kind: string; label: string }[];
  evaluation: {
    rateable: boolean;
    given: { levelLabel: string } | null;
    rectification: { statusLabel: string; followUpAllowed: boolean } | null;
  };
}

const when = (iso: string) =>
  new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));

function MatterView({ matter, token, reload }: { matter: CitizenMatter; token: string; reload: () => void }) {
  const [error, setError] = useState<string>();
  const reached = matter.steps.filter((s) => s.state === 'done').length;
  const rate = (value: RatingValue) =>
    mobileApi.post('/api/public/track/evaluation', { ...value, channel: 'phone' }, token).then(reload);
  const followUp = (value: RatingValue) =>
    mobileApi
      .post(
        '/api/public/track/evaluation/follow-up',
        { level: value.level, ...(value.comment ? { comment: value.comment } : {}) },
        token,
      )
      .then(reload);
  return (
    <div data-testid="matter-view">
      <div className="m-card">
        <div className="m-question">{matter.number}</div>
        <div>
          申请人：{matter.applicantName} · {matter.channelLabel}
        </div>
        <div>事项：{matter.matterLabel}</div>
        <div>
          当前状态：<b data-testid="matter-status">{matter.statusLabel}</b>
        </div>
        {matter.lawyer ? (
          <div>
            承办律师：{matter.lawyer.name}
            {matter.lawyer.firmName ? `（${matter.lawyer.firmName}）` : ''}
          </div>
        ) : null}
      </div>
      <div className="m-card">
        <Steps
          direction="vertical"
          size="small"
          current={Math.max(0, reached - 1)}
          items={matter.steps.map((s) => ({
            title: s.label,
            // Steps a refusal cut off will never happen: say so instead of leaving them pending.
            status: s.state === 'done' ? 'finish' : 'wait',
            description: s.at ? when(s.at) : s.state === 'not-applicable' ? '不适用' : undefined,
            className: s.state === 'not-applicable' ? 'm-step-na' : undefined,
          }))}
          data-testid="matter-steps"
        />
      </div>
      {matter.refusal ? (
        <div className="m-card" data-testid="matter-refusal">
          <div className="m-question">不予法律援助的理由</div>
          <ul>
            {matter.refusal.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          {matter.refusal.explanation ? <div>{matter.refusal.explanation}</div> : null}
          <div className="m-question" style={{ marginTop: 8 }}>
            如何提出异议
          </div>
          <div data-testid="objection-note">{matter.refusal.objectionNote}</div>
          <div className="m-muted">
            受理异议机关：<b data-testid="objection-body">{matter.refusal.objectionBody}</b> · 依据：
            {matter.refusal.objectionSource}
          </div>
          {matter.refusal.objectionDecided ? (
            <div className="m-muted">
              异议已经审查决定维持，不能再次提出；可以依法申请行政复议或者提起行政诉讼。
            </div>
          ) : null}
        </div>
      ) : null}
      {matter.documents.length > 0 ? (
        <div className="m-card">
          <div className="m-question">我的文书</div>
          {matter.documents.map((d) => (
            <Button
              key={d.kind}
              block
              icon={<DownloadOutlined />}
              style={{ marginBottom: 8 }}
              onClick={() =>
                mobileApi
                  .download(
                    `/api/public/track/documents/${d.kind}`,
                    `${d.label}-${matter.number}.docx`,
                    token,
                  )
                  .catch((e) => setError(screenMessage(e)))
              }
            >
              {d.label}
            </Button>
          ))}
        </div>
      ) : null}
      {error ? <Alert type="error" showIcon title={error} /> : null}
      {matter.evaluation.given ? (
        <RatingDone
          given={matter.evaluation.given}
          rectification={matter.evaluation.rectification}
          onFollowUp={followUp}
        />
      ) : matter.evaluation.rateable ? (
        <RatingForm title="请对法律援助服务进行评价" onSubmit={rate} />
      ) : (
        <div className="m-muted">法律援助机构作出决定后，您可以对服务进行评价。</div>
      )}
    </div>
  );
}

/** /m/track: 进度查询 — number + phone + SMS code, then the matter, its documents and the 好差评. */
export default function TrackPage() {
  const [params] = useSearchParams();
  const [form] = Form.useForm();
  const [code, setCode] = useState('');
  const [token, setToken] = useState<string | undefined>(savedTrackToken);
  const [matter, setMatter] = useState<CitizenMatter>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const load = useCallback(async (t: string) => {
    try {
      setMatter(await mobileApi.get<CitizenMatter>('/api/public/track/matter', t));
    } catch {
      saveTrackToken(undefined);
      setToken(undefined);
      setMatter(undefined);
    }
  }, []);
  useEffect(() => {
    if (token) void load(token);
  }, [token, load]);

  if (token && matter) return <MatterView matter={matter} token={token} reload={() => void load(token)} />;

  return (
    <div>
      <h1 className="m-h1">办理进度查询</h1>
      <Form
        form={form}
        layout="vertical"
        className="m-card"
        requiredMark={false}
        initialValues={{ matterNumber: params.get('number') ?? '' }}
      >
        <Form.Item
          name="matterNumber"
          label="事项编号"
          rules={[{ required: true, message: '请输入事项编号' }]}
        >
          <Input placeholder="例如：包法援〔2026〕第0001号" />
        </Form.Item>
        <Form.Item
          name="phone"
          label="申请时登记的手机号码"
          rules={[{ required: true, message: '请输入手机号码' }]}
        >
          <Input inputMode="tel" maxLength={11} />
        </Form.Item>
        <Form.Item label="短信验证码" required>
          <SmsCodeField
            value={code}
            onChange={setCode}
            request={async () => mobileApi.post('/api/public/track/code', await form.validateFields())}
          />
        </Form.Item>
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
        <Button
          type="primary"
          block
          size="large"
          disabled={code.length !== 6}
          loading={busy}
          onClick={async () => {
            setBusy(true);
            setError(undefined);
            try {
              const values = await form.validateFields();
              const reply = await mobileApi.post<{ token: string; matter: CitizenMatter }>(
                '/api/public/track/verify',
                {
                  ...values,
                  code,
                },
              );
              saveTrackToken(reply.token);
              setToken(reply.token);
              setMatter(reply.matter);
            } catch (e) {
              setError(screenMessage(e));
            } finally {
              setBusy(false);
            }
          }}
        >
          查询
        </Button>
      </Form>
      <div className="m-muted">为保护个人信息，只有事项编号、手机号码和验证码都正确时才会显示办理情况。</div>
    </div>
  );
}
