import { Alert, Button, Form, Input, Radio, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { PublicServices } from '../../features/queue/types';
import { screenMessage } from '../public-fetch';
import { mobileApi } from './mobile-api';
import { SmsCodeField } from './sms-code-field';

/** /m/ticket — 远程取号: pick a service, verify the phone, and follow the ticket at /m/t/:token. */
export default function RemoteTicketPage() {
  const [services, setServices] = useState<PublicServices>();
  const [error, setError] = useState<string>();
  const [form] = Form.useForm();
  const [code, setCode] = useState('');
  const navigate = useNavigate();
  useEffect(() => {
    mobileApi.get<PublicServices>('/api/queue/services').then(setServices, (e) => setError(screenMessage(e)));
  }, []);
  if (!services) return error ? <Alert type="error" showIcon title={error} /> : <Spin />;
  return (
    <div>
      <h1 className="m-h1">远程取号</h1>
      {!services.open ? (
        <Alert type="warning" showIcon title={services.closedReason ?? '现在不能取号'} />
      ) : null}
      <Form form={form} layout="vertical" className="m-card" requiredMark={false}>
        <Form.Item
          name="serviceCode"
          label="办理事项"
          rules={[{ required: true, message: '请选择办理事项' }]}
        >
          <Radio.Group className="m-options">
            {services.services.map((s) => (
              <Radio key={s.code} value={s.code} disabled={s.openWindows === 0}>
                {s.name}（等候 {s.waiting} 人）
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="phone" label="手机号码" rules={[{ required: true, message: '请输入手机号码' }]}>
          <Input inputMode="tel" maxLength={11} />
        </Form.Item>
        <Form.Item label="短信验证码" required>
          <SmsCodeField
            value={code}
            onChange={setCode}
            request={async () => {
              const { phone } = await form.validateFields(['phone']);
              return mobileApi.post('/api/public/sms-codes', { phone, purpose: 'ticket' });
            }}
          />
        </Form.Item>
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
        <Button
          type="primary"
          block
          size="large"
          disabled={code.length !== 6 || !services.open}
          onClick={async () => {
            setError(undefined);
            try {
              const values = await form.validateFields();
              const ticket = await mobileApi.post<{ token: string }>('/api/public/queue/remote-tickets', {
                ...values,
                code,
              });
              await navigate(`/m/t/${encodeURIComponent(ticket.token)}`);
            } catch (e) {
              setError(screenMessage(e));
            }
          }}
        >
          取号
        </Button>
      </Form>
    </div>
  );
}
