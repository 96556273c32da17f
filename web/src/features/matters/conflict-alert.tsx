import { Alert } from 'antd';
import { pick, useI18n } from '../../app/i18n';
import { orderConflicts } from './conflict-order';
import { useMatterMessages } from './messages';
import type { ConflictWarning } from './types';

/**
 * The conflict check's warnings, or a quiet note when there are none. A warning (yellow), never an
 * error: registering is not refused; opposite sides and ID-number matches come first (conflict-order.ts).
 */
export function ConflictAlert({ warnings }: { warnings: ConflictWarning[] | undefined }) {
  const m = useMatterMessages();
  const { locale } = useI18n();
  if (!warnings) return null;
  if (warnings.length === 0) return <Alert type="success" showIcon title={m('noConflict')} />;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="conflict-warnings"
      title={m('conflictTitle')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {orderConflicts(warnings).map((w) => (
            <li key={`${w.matter?.id ?? 'self'}-${w.partyName}-${w.partyRole}-${w.otherRole}`}>
              {pick(locale, w.message, w.messageEn)}
            </li>
          ))}
        </ul>
      }
    />
  );
}
