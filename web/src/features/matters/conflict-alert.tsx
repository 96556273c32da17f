import { Alert } from 'antd';
import { pick, useI18n } from '../../app/i18n';
import { useMatterMessages } from './messages';
import type { ConflictWarning } from './types';

/** The conflict check's warnings (adverse ones as errors), or a quiet note when there are none. */
export function ConflictAlert({ warnings }: { warnings: ConflictWarning[] | undefined }) {
  const m = useMatterMessages();
  const { locale } = useI18n();
  if (!warnings) return null;
  if (warnings.length === 0) return <Alert type="success" showIcon title={m('noConflict')} />;
  return (
    <Alert
      type={warnings.some((w) => w.adverse) ? 'error' : 'warning'}
      showIcon
      data-testid="conflict-warnings"
      title={m('conflictTitle')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {warnings.map((w) => (
            <li key={`${w.matter?.id ?? 'self'}-${w.partyName}-${w.partyRole}-${w.otherRole}`}>
              {pick(locale, w.message, w.messageEn)}
            </li>
          ))}
        </ul>
      }
    />
  );
}
