import { ArrowLeftOutlined, IdcardOutlined } from '@ant-design/icons';
import { parseResidentId } from '@core/identity';
import { useState } from 'react';
import type { PublicService } from '../../features/queue/types';
import { useKioskMessages, useKioskService } from './messages';

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
  const t = useKioskMessages();
  const serviceName = useKioskService()(service).name;

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
      setProblem(t('idWrong', { message: result.message }));
      return;
    }
    onSubmit(result.id);
  };
  const complete = value.length === MAX_LENGTH || value.length === 15;

  return (
    <div className="kiosk-id">
      <div className="kiosk-id-head">
        <button type="button" className="kiosk-back" onClick={onBack}>
          <ArrowLeftOutlined /> {t('back')}
        </button>
        <div className="kiosk-id-service">
          {t('youChose')}
          <b>{serviceName}</b>
        </div>
      </div>
      <h1 className="kiosk-id-title">
        <IdcardOutlined /> {t('idTitle')}
      </h1>
      <p className="kiosk-id-hint">{t('idHint')}</p>
      <div
        className={`kiosk-id-value${problem ? ' kiosk-id-value-bad' : ''}`}
        data-testid="id-value"
        aria-live="polite"
      >
        {value ? grouped(value) : <span className="kiosk-id-placeholder">{t('idPlaceholder')}</span>}
      </div>
      <div className="kiosk-id-count">{t('idCount', { n: value.length })}</div>
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
            aria-label={key === 'X' ? t('letterX') : t('digit', { d: key })}
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
          {t('delete')}
        </button>
        <button
          type="button"
          className="kiosk-key kiosk-key-fn kiosk-key-wide"
          onClick={() => {
            setProblem(undefined);
            setValue('');
          }}
        >
          {t('clear')}
        </button>
      </div>
      <div className="kiosk-id-actions">
        <button
          type="button"
          className="kiosk-button kiosk-button-secondary"
          onClick={onSkip}
          disabled={busy}
        >
          {t('skip')}
        </button>
        <button
          type="button"
          className="kiosk-button kiosk-button-primary"
          onClick={submit}
          disabled={!complete || busy}
        >
          {busy ? t('issuing') : t('confirm')}
        </button>
      </div>
    </div>
  );
}
