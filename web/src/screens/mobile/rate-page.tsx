import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { screenMessage } from '../public-fetch';
import { mobileApi } from './mobile-api';

/** /m/rate — from the display board's QR code: the ticket number and the 评价码 on the slip open its rating. */
export default function RatePage() {
  const [form] = Form.useForm();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  return (
    <div>
      <h1 className="m-h1">服务评价（好差评）</h1>
      <Form
        form={form}
        layout="vertical"
        className="m-card"
        requiredMark={false}
        onFinish={async (values: { ticketNumber: string; code: string }) => {
          try {
            const { token } = await mobileApi.post<{ token: string }>('/api/public/tickets/lookup', values);
            await navigate(`/m/t/${encodeURIComponent(token)}?via=display-qr`);
          } catch (e) {
            setError(screenMessage(e));
          }
        }}
      >
        <Form.Item name="ticketNumber" label="票号" rules={[{ required: true, message: '请输入票号' }]}>
          <Input placeholder="例如 A017" />
        </Form.Item>
        <Form.Item
          name="code"
          label="评价码（号票上的 6 位数字）"
          rules={[{ required: true, message: '请输入评价码' }]}
        >
          <Input inputMode="numeric" maxLength={6} />
        </Form.Item>
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
        <Button type="primary" htmlType="submit" block size="large">
          去评价
        </Button>
      </Form>
    </div>
  );
}
