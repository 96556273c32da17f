import { Button, Input, Space } from 'antd';
import { useEffect, useState } from 'react';
import { screenMessage } from '../public-fetch';

/**
 * A code input with its 获取验证码 button: `request()` sends the code (the caller knows the endpoint), then
 * the button waits 60 seconds (the server's per-phone throttle) before it can be pressed again.
 */
export function SmsCodeField({
  value,
  onChange,
  request,
  disabled,
}: {
  value: string;
  onChange: (code: string) => void;
  request: () => Promise<unknown>;
  disabled?: boolean;
}) {
  const [wait, setWait] = useState(0);
  const [note, setNote] = useState<string>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);
  return (
    <div>
      <Space.Compact style={{ width: '100%' }}>
        <Input
          inputMode="numeric"
          maxLength={6}
          placeholder="6 位验证码"
          value={value}
          onChange={(e) => onChange(e.target.value.replace(/\D/g, ''))}
          aria-label="短信验证码"
        />
        <Button
          disabled={disabled || wait > 0}
          loading={busy}
          onClick={async () => {
            setBusy(true);
            setNote(undefined);
            try {
              await request();
              setWait(60);
              setNote('验证码已发送，5 分钟内有效');
            } catch (e) {
              setNote(screenMessage(e));
            } finally {
              setBusy(false);
            }
          }}
        >
          {wait > 0 ? `${wait} 秒后重发` : '获取验证码'}
        </Button>
      </Space.Compact>
      {note ? (
        <div className="m-muted" style={{ marginTop: 4 }}>
          {note}
        </div>
      ) : null}
    </div>
  );
}
