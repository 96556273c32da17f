import { StarFilled } from '@ant-design/icons';
import { Tag } from 'antd';
import { useI18n } from '../../app/i18n';

/** 党员服务岗: the mark of a staff member who is a Party member (users.party_member). */
export function PartyBadge({ show }: { show: boolean }) {
  const { locale } = useI18n();
  return show ? (
    <Tag color="red" icon={<StarFilled />}>
      {locale === 'zh-CN' ? '党员服务岗' : 'Party member post'}
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
