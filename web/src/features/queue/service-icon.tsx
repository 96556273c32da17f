import {
  AppstoreOutlined,
  AuditOutlined,
  ExperimentOutlined,
  FileProtectOutlined,
  FileSyncOutlined,
  IdcardOutlined,
  NotificationOutlined,
  QuestionCircleOutlined,
  SafetyCertificateOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { findService } from '@core/queue/services';
import type { ComponentType } from 'react';

type IconComponent = ComponentType<{ className?: string; style?: React.CSSProperties }>;

/** The icons of the ten services, by the export name core/queue/services.ts gives (imported by name, tree-shaken). */
const ICONS: Record<string, IconComponent> = {
  QuestionCircleOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
  FileProtectOutlined,
  SolutionOutlined,
  AuditOutlined,
  ExperimentOutlined,
  FileSyncOutlined,
  NotificationOutlined,
  IdcardOutlined,
};

/** The icon of a service, by its icon name (from the API) or else by its service code. */
export function ServiceIcon({
  icon,
  code,
  className,
  style,
}: {
  icon?: string;
  code?: string;
  className?: string;
  style?: React.CSSProperties;
}) {
  const name = icon ?? (code ? findService(code)?.icon : undefined);
  const Icon = (name ? ICONS[name] : undefined) ?? AppstoreOutlined;
  return <Icon className={className} style={style} />;
}
