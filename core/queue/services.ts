/**
 * The ten services of the hall (公共法律服务中心), as data: what the kiosk offers, the letter printed on
 * the ticket, the icon on the big touch buttons, and the default average service time used for wait
 * estimates until a hall has its own figures (see `stats.ts`).
 *
 * Ticket prefixes are fixed (A…J in the order below, legal aid = B) because citizens, display boards
 * and printed posters rely on them; a hall that does not offer a service hides it, never renumbers.
 */

/** A service definition. `defaultAvgServiceMinutes` is minutes per citizen at one window. */
export interface ServiceDefinition {
  /** Stable code used in APIs and the database. */
  code: string;
  /** Chinese name shown in the UI (zh-CN first). */
  nameZh: string;
  /** English name (en-US UI, docs). */
  nameEn: string;
  /** One upper-case letter A–J printed before the ticket sequence (`B017`). */
  ticketPrefix: string;
  /** Export name of an `@ant-design/icons` component, e.g. `'SafetyCertificateOutlined'`. */
  icon: string;
  /** One short line in plain Chinese for elderly citizens at the kiosk. */
  descriptionZh: string;
  /** Default average service time in minutes (positive), used by `estimateWait`. */
  defaultAvgServiceMinutes: number;
}

/** The ten services, in kiosk order. The order fixes the prefix letters A…J. */
export const services = [
  {
    code: 'consultation',
    nameZh: '法律咨询',
    nameEn: 'Legal consultation',
    ticketPrefix: 'A',
    icon: 'QuestionCircleOutlined',
    descriptionZh: '遇到法律问题，当面问律师，免费解答',
    defaultAvgServiceMinutes: 15,
  },
  {
    code: 'legal-aid',
    nameZh: '法律援助',
    nameEn: 'Legal aid',
    ticketPrefix: 'B',
    icon: 'SafetyCertificateOutlined',
    descriptionZh: '生活困难打不起官司，申请免费律师帮忙',
    defaultAvgServiceMinutes: 30,
  },
  {
    code: 'mediation',
    nameZh: '人民调解',
    nameEn: "People's mediation",
    ticketPrefix: 'C',
    icon: 'TeamOutlined',
    descriptionZh: '邻里、家庭等纠纷，请调解员帮双方说和',
    defaultAvgServiceMinutes: 40,
  },
  {
    code: 'notarization',
    nameZh: '公证',
    nameEn: 'Notarization',
    ticketPrefix: 'D',
    icon: 'FileProtectOutlined',
    descriptionZh: '给证件、合同、遗嘱等办公证，证明真实有效',
    defaultAvgServiceMinutes: 20,
  },
  {
    code: 'lawyer',
    nameZh: '律师服务',
    nameEn: 'Lawyer services',
    ticketPrefix: 'E',
    icon: 'SolutionOutlined',
    descriptionZh: '找律师、查律师，了解请律师打官司的事',
    defaultAvgServiceMinutes: 20,
  },
  {
    code: 'arbitration',
    nameZh: '仲裁',
    nameEn: 'Arbitration',
    ticketPrefix: 'F',
    icon: 'AuditOutlined',
    descriptionZh: '劳动、合同等纠纷，申请仲裁来裁决',
    defaultAvgServiceMinutes: 30,
  },
  {
    code: 'appraisal',
    nameZh: '司法鉴定',
    nameEn: 'Judicial appraisal',
    ticketPrefix: 'G',
    icon: 'ExperimentOutlined',
    descriptionZh: '伤残、笔迹、亲子等需要专业鉴定的事',
    defaultAvgServiceMinutes: 20,
  },
  {
    code: 'reconsideration',
    nameZh: '行政复议',
    nameEn: 'Administrative reconsideration',
    ticketPrefix: 'H',
    icon: 'FileSyncOutlined',
    descriptionZh: '不服政府部门的决定，申请重新审查',
    defaultAvgServiceMinutes: 25,
  },
  {
    code: 'publicity',
    nameZh: '法治宣传',
    nameEn: 'Legal publicity',
    ticketPrefix: 'I',
    icon: 'NotificationOutlined',
    descriptionZh: '领普法资料，预约普法讲座',
    defaultAvgServiceMinutes: 10,
  },
  {
    code: 'aid-qualification',
    nameZh: '法律援助资格管理',
    nameEn: 'Aid-provider qualification',
    ticketPrefix: 'J',
    icon: 'IdcardOutlined',
    descriptionZh: '律师、基层法律服务工作者办理法律援助资格手续',
    defaultAvgServiceMinutes: 15,
  },
] as const satisfies readonly ServiceDefinition[];

/** One of the ten services, with its literal code and prefix types. */
export type Service = (typeof services)[number];

/** One of the ten service codes, e.g. `'legal-aid'`. */
export type ServiceCode = Service['code'];

/** One of the ten ticket prefix letters `'A'`…`'J'`. */
export type TicketPrefix = Service['ticketPrefix'];

/** The service codes in kiosk order. */
export const serviceCodes: readonly ServiceCode[] = services.map((service) => service.code);

const byCode: ReadonlyMap<string, Service> = new Map(services.map((s) => [s.code, s]));
const byPrefix: ReadonlyMap<string, Service> = new Map(services.map((s) => [s.ticketPrefix, s]));

/** Whether `value` is one of the ten service codes (narrows the type). */
export function isServiceCode(value: string): value is ServiceCode {
  return byCode.has(value);
}

/** The service with this code, or undefined. */
export function findService(code: string): Service | undefined {
  return byCode.get(code);
}

/** The service with this code. Throws RangeError on an unknown code. */
export function getService(code: string): Service {
  const service = byCode.get(code);
  if (!service) throw new RangeError(`Unknown service code: ${code}`);
  return service;
}

/** The service whose ticket prefix is `prefix` (exact, upper case), or undefined. */
export function findServiceByPrefix(prefix: string): Service | undefined {
  return byPrefix.get(prefix);
}
