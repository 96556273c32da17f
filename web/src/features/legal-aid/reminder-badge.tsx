import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Tooltip } from 'antd';
import { useNavigate } from 'react-router';
import { useCan } from '../../app/auth';
import { useI18n } from '../../app/i18n';
import { useLegalAidMessages } from './messages';
import { useReminderSummary } from './queries';
import './reminders.css';

/**
 * The header bell of staff who see legal-aid matters: the number of unread due-soon and overdue
 * reminders addressed to them (red when one is overdue), a dot when all are read but some are still
 * overdue. Opens 我的提醒 / 期限.
 */
export function ReminderBadge() {
  const canRead = useCan('legal-aid.read');
  const { t } = useI18n();
  const m = useLegalAidMessages();
  const navigate = useNavigate();
  const summary = useReminderSummary(canRead);
  if (!canRead) return null;
  const s = summary.data;
  const open = s ? s.overdue + s.dueSoon : 0;
  const title = s
    ? open === 0
      ? m('badgeNone')
      : m('badgeSummary', { overdue: s.overdue, dueSoon: s.dueSoon, unread: s.unread })
    : m('badgeTitle');
  return (
    <Tooltip title={title}>
      <Button
        type="text"
        className="lh-header-button"
        onClick={() => void navigate('/legal-aid/reminders')}
        aria-label={title}
        data-testid="reminder-badge"
        data-count={s?.unread ?? 0}
        data-open={open}
      >
        <Badge
          count={s?.unread ?? 0}
          dot={s !== undefined && s.unread === 0 && s.overdue > 0}
          color={s && (s.unreadOverdue > 0 || (s.unread === 0 && s.overdue > 0)) ? '#f5222d' : '#fa8c16'}
          size="small"
          offset={[4, -2]}
        >
          <BellOutlined className="lh-header-bell" />
        </Badge>
        <span className="lh-header-bell-label">{t('app.reminders')}</span>
      </Button>
    </Tooltip>
  );
}
