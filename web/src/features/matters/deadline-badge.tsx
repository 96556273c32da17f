import { FieldTimeOutlined } from '@ant-design/icons';
import { Badge, Button, Tooltip } from 'antd';
import { useNavigate } from 'react-router';
import { useCan } from '../../app/auth';
import { useMatterMessages } from './messages';
import { useMyDeadlines } from './queries';

/**
 * The header's second bell, next to legal aid's (features/legal-aid/reminder-badge.tsx): the window-matter
 * clocks of the matters the current user handles that are due soon or breached (GET
 * /api/matters/my-deadlines, levels as the deadline sweep computes them; red when one is breached).
 * Hidden when nothing is due. Opens 我的期限.
 */
export function MatterDeadlineBadge() {
  const canRead = useCan('matter.read');
  const m = useMatterMessages();
  const navigate = useNavigate();
  const items = useMyDeadlines(canRead).data?.items ?? [];
  const overdue = items.filter((c) => c.level === 'overdue').length;
  const dueSoon = items.filter((c) => c.level === 'due-soon').length;
  if (!canRead || overdue + dueSoon === 0) return null;
  const title = m('deadlineBadge', { overdue, dueSoon });
  return (
    <Tooltip title={title}>
      <Button
        type="text"
        className="lh-header-button"
        onClick={() => void navigate('/matters/deadlines')}
        aria-label={title}
        data-testid="matter-deadline-badge"
        data-count={overdue + dueSoon}
      >
        <Badge
          count={overdue + dueSoon}
          color={overdue > 0 ? '#f5222d' : '#fa8c16'}
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
