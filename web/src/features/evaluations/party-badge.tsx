import { StarFilled } from '@ant-design/icons';
import { Tag } from 'antd';

/** 党员服务岗: the mark of a staff member who is a Party member (users.party_member). */
export function PartyBadge({ show }: { show: boolean }) {
  return show ? (
    <Tag color="red" icon={<StarFilled />}>
      党员服务岗
    </Tag>
  ) : null;
}

export const LEVEL_COLORS: Record<number, string> = {
  5: 'green',
  4: 'cyan',
  3: 'blue',
  2: 'orange',
  1: 'red',
};
