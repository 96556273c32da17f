import {
  APPOINTMENT_SERVICE_LABELS,
  APPOINTMENT_SERVICES,
  type AppointmentService,
} from '@core/appointments';
import { Alert, Button, Form, Input, Radio, Result, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { screenMessage } from '../public-fetch';
import { mobileApi } from './mobile-api';
import { SmsCodeField } from './sms-code-field';

interface Availability {
  days: {
    date: string;
    slots: {
      start: string;
      end: string;
      open: boolean;
      remaining: number;
      /** open; full (约满); closed (已过: started or within the lead time). */
      state: 'open' | 'full' | 'closed';
    }[];
  }[];
}
interface Booking {
  reference: string;
  serviceLabel: string;
  date: string;
  start: string;
  end: string;
  cancelToken: string;
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
const dayLabel = (date: string) =>
  `${Number(date.slice(5, 7))}月${Number(date.slice(8))}日 周${WEEKDAYS[new Date(`${date}T12:00:00+08:00`).getUTCDay()]}`;

/** /m/book — 预约: a service, a working day and a slot with seats left, then name, phone and code. */
export default function BookPage() {
  const [service, setService] = useState<AppointmentService>('notarization');
  const [availability, setAvailability] = useState<Availability>();
  const [picked, setPicked] = useState<{ date: string; start: string }>();
  const [form] = Form.useForm();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [booking, setBooking] = useState<Booking>();
  const [cancelled, setCancelled] = useState(false);
  useEffect(() => {
    setAvailability(undefined);
    setPicked(undefined);
    mobileApi
      .get<Availability>(`/api/public/appointments/availability?service=${service}`)
      .then(setAvailability, (e) => setError(screenMessage(e)));
  }, [service]);

  if (booking)
    return (
      <Result
        status={cancelled ? 'info' : 'success'}
        title={cancelled ? '预约已取消' : '预约成功'}
        subTitle={
          <div>
            <div>
              {booking.serviceLabel} · {dayLabel(booking.date)} {booking.start}–{booking.end}
            </div>
            <div>
              预约号 <b data-testid="booking-reference">{booking.reference}</b>
              ，请按时携带身份证件到中心办理。
            </div>
          </div>
        }
        extra={
          cancelled ? null : (
            <Button
              onClick={() =>
                mobileApi
                  .post('/api/public/appointments/cancel', {
                    reference: booking.reference,
                    cancelToken: booking.cancelToken,
                  })
                  .then(
                    () => setCancelled(true),
                    (e) => setError(screenMessage(e)),
                  )
              }
            >
              取消预约
            </Button>
          )
        }
      />
    );

  return (
    <div>
      <h1 className="m-h1">预约服务</h1>
      <div className="m-card">
        <Radio.Group
          className="m-options"
          value={service}
          onChange={(e) => setService(e.target.value as AppointmentService)}
        >
          {APPOINTMENT_SERVICES.map((s) => (
            <Radio key={s} value={s}>
              {APPOINTMENT_SERVICE_LABELS[s]}
            </Radio>
          ))}
        </Radio.Group>
      </div>
      {!availability ? (
        <Spin />
      ) : availability.days.length === 0 ? (
        <Alert type="info" showIcon title="近期没有可预约的时段" />
      ) : (
        availability.days.map((day) => (
          <div className="m-card" key={day.date}>
            <div className="m-question">{dayLabel(day.date)}</div>
            <div className="m-slots">
              {day.slots.map((slot) => (
                <Button
                  key={slot.start}
                  disabled={slot.state !== 'open'}
                  data-slot-state={slot.state}
                  type={picked?.date === day.date && picked.start === slot.start ? 'primary' : 'default'}
                  onClick={() => setPicked({ date: day.date, start: slot.start })}
                >
                  {slot.start}–{slot.end}
                  {slot.state === 'open'
                    ? `（余 ${slot.remaining}）`
                    : slot.state === 'closed'
                      ? '（已过）'
                      : '（约满）'}
                </Button>
              ))}
            </div>
          </div>
        ))
      )}
      {picked ? (
        <Form form={form} layout="vertical" className="m-card" requiredMark={false}>
          <Form.Item name="name" label="姓名" rules={[{ required: true, message: '请输入姓名' }]}>
            <Input />
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
                return mobileApi.post('/api/public/sms-codes', { phone, purpose: 'book' });
              }}
            />
          </Form.Item>
          <Form.Item name="note" label="需要说明的情况（选填）">
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
          <Button
            type="primary"
            block
            size="large"
            disabled={code.length !== 6}
            onClick={async () => {
              setError(undefined);
              try {
                const values = await form.validateFields();
                setBooking(
                  await mobileApi.post<Booking>('/api/public/appointments', {
                    ...values,
                    ...picked,
                    service,
                    code,
                  }),
                );
              } catch (e) {
                setError(screenMessage(e));
              }
            }}
          >
            确认预约
          </Button>
        </Form>
      ) : null}
    </div>
  );
}
