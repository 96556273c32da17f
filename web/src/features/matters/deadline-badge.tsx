import { FieldTimeOutlined } from '@ant-design/icons';
import { Badge, Button, Tooltip } from 'antd';
import { useNavigate } from 'react-router';
import { useCan } from '../../app/auth';
import { useReminderSummary } from '../legal-aid/queries';
import { badgeCount } from './deadline-rows';
import { useMatterMessages } from './messages';
import { useMyDeadlines } from './queries';
import './matters.css';

/**
 * The header's one 我的期限 bell: the window-matter clocks due soon or breached of the matters the user
 * handles (GET /api/matters/my-deadlines) plus their unread legal-aid reminders (GET
 * /api/legal-aid/reminders/summary), each part only with its permission; red when something is overdue.
 * Shown to whoever may see either part (no number when nothing is due). Opens 我的期限 (both in one list).
 */
export function DeadlineBadge() {
  const canMatters = useCan('matter.read');
  const canAid = useCan('legal-aid.read');
  const m = useMatterMessages();
  const navigate = useNavigate();
  const clocks = useMyDeadlines(canMatters).data?.items ?? [];
  const aid = useReminderSummary(canAid).data;
  const { count, overdue, dueSoon } = badgeCount(canMatters ? clocks : [], canAid ? aid : undefined);
  if (!canMatters && !canAid) return null;
  const aidOverdue = canAid && aid ? aid.unreadOverdue > 0 || aid.overdue > 0 : false;
  const title = m('deadlineBadge', { overdue, dueSoon, unread: canAid ? (aid?.unread ?? 0) : 0 });
  return (
    <Tooltip title={title}>
      <Button
        type="text"
        className="lh-header-button"
        onClick={() => void navigate('/matters/deadlines')}
        aria-label={title}
        data-testid="deadline-badge"
        data-count={count}
        data-unread={canAid ? (aid?.unread ?? 0) : 0}
      >
        <Badge
          count={count}
          color={overdue > 0 || aidOverdue ? '#f5222d' : '#fa8c16'}
          size="small"
          offset={[4, -2]}
        >
          <FieldTimeOutlined className="lh-header-bell" />
        </Badge>
        <span className="lh-header-bell-label">{m('deadlinesTitle')}</span>
      </Button>
    </Tooltip>
  );
}
