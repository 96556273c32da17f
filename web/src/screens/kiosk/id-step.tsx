import { ArrowLeftOutlined, IdcardOutlined } from '@ant-design/icons';
import { parseResidentId } from '@core/identity';
import { useState } from 'react';
import type { PublicService } from '../../features/queue/types';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'X', '0'] as const;
const MAX_LENGTH = 18;

/** `150202195403021234` → `150202 19540302 1234`, the way the number is printed on the card. */
function grouped(value: string): string {
  return [value.slice(0, 6), value.slice(6, 14), value.slice(14)].filter(Boolean).join(' ');
}

/**
 * The optional step: the resident ID number typed on an on-screen keypad (the elderly get priority
 * from the birth date in it). The number is checked here first (GB 11643 check digit) so a slip of the
 * finger is caught before the ticket is issued; the server checks it again.
 */
export function IdStep({
  service,
  today,
  busy,
  onSubmit,
  onSkip,
  onBack,
}: {
  service: PublicService;
  today: string | undefined;
  busy: boolean;
  onSubmit: (idNumber: string) => void;
  onSkip: () => void;
  onBack: () => void;
}) {
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string>();

  const press = (key: string) => {
    setProblem(undefined);
    setValue((v) => {
      if (v.length >= MAX_LENGTH) return v;
      // X is only ever the last (18th) character.
      if (key === 'X' && v.length !== MAX_LENGTH - 1) return v;
      return v + key;
    });
  };
  const submit = () => {
    const result = parseResidentId(value, today ? { today } : {});
    if (!result.ok) {
      setProblem(`身份证号码有误：${result.message}`);
      return;
    }
    onSubmit(result.id);
  };
  const complete = value.length === MAX_LENGTH || value.length === 15;

  return (
    <div className="kiosk-id">
      <div className="kiosk-id-head">
        <button type="button" className="kiosk-back" onClick={onBack}>
          <ArrowLeftOutlined /> 返回
        </button>
        <div className="kiosk-id-service">
          您选择的是：<b>{service.name}</b>
        </div>
      </div>
      <h1 className="kiosk-id-title">
        <IdcardOutlined /> 输入身份证号（可选，60岁以上老人优先）
      </h1>
      <p className="kiosk-id-hint">不想输入的，请直接点“跳过，直接取号”</p>
      <div
        className={`kiosk-id-value${problem ? ' kiosk-id-value-bad' : ''}`}
        data-testid="id-value"
        aria-live="polite"
      >
        {value ? grouped(value) : <span className="kiosk-id-placeholder">请点下面的数字输入</span>}
      </div>
      <div className="kiosk-id-count">已输入 {value.length} 位，共 18 位</div>
      {problem ? (
        <div className="kiosk-id-problem" role="alert">
          {problem}
        </div>
      ) : null}
      <div className="kiosk-keypad">
        {KEYS.map((key) => (
          <button
            type="button"
            key={key}
            className="kiosk-key"
            onClick={() => press(key)}
            disabled={key === 'X' && value.length !== MAX_LENGTH - 1}
            aria-label={key === 'X' ? '字母X' : `数字${key}`}
          >
            {key}
          </button>
        ))}
        <button
          type="button"
          className="kiosk-key kiosk-key-fn"
          onClick={() => {
            setProblem(undefined);
            setValue((v) => v.slice(0, -1));
          }}
        >
          删除
        </button>
        <button
          type="button"
          className="kiosk-key kiosk-key-fn kiosk-key-wide"
          onClick={() => {
            setProblem(undefined);
            setValue('');
          }}
        >
          清空
        </button>
      </div>
      <div className="kiosk-id-actions">
        <button
          type="button"
          className="kiosk-button kiosk-button-secondary"
          onClick={onSkip}
          disabled={busy}
        >
          跳过，直接取号
        </button>
        <button
          type="button"
          className="kiosk-button kiosk-button-primary"
          onClick={submit}
          disabled={!complete || busy}
        >
          {busy ? '正在取号…' : '确定取号'}
        </button>
      </div>
    </div>
  );
}
