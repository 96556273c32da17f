import {
  CalendarOutlined,
  FileSearchOutlined,
  LikeOutlined,
  NumberOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

const ENTRIES: { to: string; icon: ReactNode; title: string; hint: string }[] = [
  {
    to: '/m/apply',
    icon: <SafetyCertificateOutlined />,
    title: '申请法律援助',
    hint: '在线申请，逐步引导，告知承诺',
  },
  { to: '/m/book', icon: <CalendarOutlined />, title: '预约服务', hint: '公证、人民调解、律师团咨询' },
  { to: '/m/ticket', icon: <NumberOutlined />, title: '远程取号', hint: '在手机上排队，到号再来' },
  { to: '/m/track', icon: <FileSearchOutlined />, title: '办理进度查询', hint: '凭事项编号、手机号和验证码' },
  { to: '/m/rate', icon: <LikeOutlined />, title: '服务评价', hint: '好差评：凭票号和评价码' },
];

/** /m: what a citizen can do from the phone. */
export default function MobileHome() {
  return (
    <div className="m-home">
      <h1 className="m-h1">掌上公共法律服务</h1>
      <nav className="m-entries">
        {ENTRIES.map((e) => (
          <Link key={e.to} to={e.to} className="m-entry">
            <span className="m-entry-icon">{e.icon}</span>
            <span>
              <span className="m-entry-title">{e.title}</span>
              <span className="m-entry-hint">{e.hint}</span>
            </span>
          </Link>
        ))}
      </nav>
    </div>
  );
}
