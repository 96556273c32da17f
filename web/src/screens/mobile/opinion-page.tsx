import { RESPONDENT_KIND_LABELS, RESPONDENT_KINDS } from '@core/staff-programme/vocabulary';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Radio, Rate, Result, Spin } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { screenMessage } from '../public-fetch';
import { mobileApi } from './mobile-api';

interface PublicForm {
  title: string;
  intro: string | null;
  respondentKinds: (typeof RESPONDENT_KINDS)[number][];
  questions: {
    key: string;
    label: string;
    kind: 'text' | 'rating' | 'choice';
    options?: string[];
    required?: boolean;
  }[];
}

/**
 * /m/opinion/:token — 开门纳谏: the public form an NPC deputy, CPPCC member or service user opens from a link
 * or QR code. No login; name and contact are optional (the contact is stored encrypted and shown masked).
 */
export default function OpinionPage() {
  const { token = '' } = useParams();
  const [form] = Form.useForm();
  const [error, setError] = useState<string>();
  const [sent, setSent] = useState(false);
  const [sending, setSending] = useState(false);
  const q = useQuery({
    queryKey: ['public-opinion-form', token],
    queryFn: () => mobileApi.get<PublicForm>(`/api/public/opinion-forms/${encodeURIComponent(token)}`),
    retry: false,
  });
  if (q.isPending) return <Spin />;
  if (q.isError)
    return <Result status="warning" title="征求意见已截止或链接无效" subTitle={screenMessage(q.error)} />;
  if (sent)
    return (
      <Result
        status="success"
        title="感谢您的意见和建议"
        subTitle="我们会认真研究办理，并按您留下的联系方式答复。"
      />
    );
  const data = q.data;
  return (
    <div>
      <h1 className="m-h1">{data.title}</h1>
      {data.intro ? <p className="m-muted">{data.intro}</p> : null}
      <Form
        form={form}
        layout="vertical"
        className="m-card"
        requiredMark={false}
        onFinish={async (values: Record<string, unknown>) => {
          const { respondentKind, name, contact, content, ...answers } = values;
          setSending(true);
          try {
            await mobileApi.post(`/api/public/opinion-forms/${encodeURIComponent(token)}/responses`, {
              respondentKind,
              name: name || undefined,
              contact: contact || undefined,
              content,
              answers: Object.fromEntries(
                Object.entries(answers).filter(([, v]) => v !== undefined && v !== ''),
              ),
            });
            setSent(true);
          } catch (e) {
            setError(screenMessage(e));
          } finally {
            setSending(false);
          }
        }}
      >
        <Form.Item
          name="respondentKind"
          label="您的身份"
          rules={[{ required: true, message: '请选择您的身份' }]}
        >
          <Radio.Group
            options={(data.respondentKinds.length > 0 ? data.respondentKinds : RESPONDENT_KINDS).map((k) => ({
              value: k,
              label: RESPONDENT_KIND_LABELS[k],
            }))}
          />
        </Form.Item>
        {data.questions.map((question) => (
          <Form.Item
            key={question.key}
            name={question.key}
            label={question.label}
            rules={question.required ? [{ required: true, message: `请填写：${question.label}` }] : []}
          >
            {question.kind === 'rating' ? (
              <Rate />
            ) : question.kind === 'choice' ? (
              <Radio.Group options={(question.options ?? []).map((o) => ({ value: o, label: o }))} />
            ) : (
              <Input.TextArea rows={2} maxLength={1000} />
            )}
          </Form.Item>
        ))}
        <Form.Item
          name="content"
          label="意见和建议"
          rules={[{ required: true, min: 2, message: '请填写您的意见和建议' }]}
        >
          <Input.TextArea rows={5} maxLength={5000} />
        </Form.Item>
        <Form.Item name="name" label="姓名（可不填）">
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="contact" label="联系方式（可不填，用于答复）">
          <Input maxLength={30} inputMode="tel" />
        </Form.Item>
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
        <Button type="primary" htmlType="submit" block size="large" loading={sending}>
          提交
        </Button>
      </Form>
    </div>
  );
}
