import { CrownFilled } from '@ant-design/icons';
import { Tag } from 'antd';
import type { Translate } from '../../app/i18n';
import type { TeamReason } from '../../lib/types';

/** The gold 律师团 tag beside a team member's name. */
export function TeamBadge({ t }: { t: Translate }) {
  return (
    <Tag color="gold" icon={<CrownFilled />} style={{ marginInlineEnd: 0 }}>
      {t('lawyer.team')}
    </Tag>
  );
}

/** Why the team rule refuses a lawyer (or took one off the team): the server's reasons, one per line. */
export function ReasonList({ reasons }: { reasons: TeamReason[] }) {
  return (
    <ul style={{ margin: '8px 0 0', paddingInlineStart: 20 }}>
      {reasons.map((r) => (
        <li key={r.code}>{r.message}</li>
      ))}
    </ul>
  );
}
