import { findService } from '@core/queue/services';
import {
  type Locale,
  type MessagePairs,
  pairText,
  pick,
  useI18n,
  useMessages,
  type Vars,
} from '../../app/i18n';
import { SERVICE_DESCRIPTION_EN } from '../../features/queue/messages';
import type { PublicService } from '../../features/queue/types';

/** The kiosk's strings, zh-CN first (the citizen may switch to English; each ticket returns it to Chinese). */
const MESSAGES = {
  switchTo: ['English', '中文'],
  switchTitle: ['切换语言', 'Switch language'],
  windowsPaused: ['窗口暂停，请稍候', 'Windows paused, please wait'],
  noWait: ['无需等候', 'No wait'],
  aboutMinutes: ['约 {n} 分钟', 'About {n} min'],
  sub: ['自助取号 · 一厅通办', 'Self-service tickets · One-stop hall'],
  tabTitle: ['自助取号', 'Self-service tickets'],
  tileAria: ['{name}，等候{n}人', '{name}, {n} waiting'],
  waitingPrefix: ['等候', 'Waiting'],
  waitingSuffix: ['人', ''],
  closedTitle: ['现在不能取号', 'No tickets now'],
  closedDefault: [
    '大厅现在不在办公时间，请在办公时间再来。',
    'The hall is closed now; please come back during office hours.',
  ],
  closedHelp: [
    '如有急事，请拨打公共法律服务热线 12348',
    'Urgent? Call the public legal service hotline 12348',
  ],
  chooseTitle: ['请选择您要办理的事项', 'Choose your service'],
  chooseLead: ['点一下对应的大按钮就能取号', 'Tap a big button to take a ticket'],
  issued: ['取号成功', 'Ticket issued'],
  print: ['打印号票', 'Print ticket'],
  done: ['完成', 'Done'],
  returning: ['秒后自动返回首页', 's until the start screen'],
  errorTitle: ['抱歉，没能取号', 'Sorry, no ticket was issued'],
  errorHelp: ['需要帮助请找导服台工作人员', 'Ask the reception desk for help'],
  gotIt: ['我知道了', 'OK'],
  unavailable: ['暂时不能取号', 'Tickets unavailable'],
  retrying: ['正在自动重试……', 'Retrying…'],
  loading: ['正在加载，请稍候……', 'Loading…'],
  footerPriority: [
    '60岁以上老人、残疾人、军人军属、孕妇等可优先办理',
    'Priority for people over 60, the disabled, military families, pregnant women and others',
  ],
  footerHelp: ['不会操作？请找导服台工作人员帮忙', 'Need help? Ask the reception desk'],
  // ID step
  idWrong: ['身份证号码有误：{message}', 'The ID number is wrong: {message}'],
  back: ['返回', 'Back'],
  youChose: ['您选择的是：', 'You chose: '],
  idTitle: ['输入身份证号（可选，60岁以上老人优先）', 'Enter your ID number (optional; priority from 60)'],
  idHint: ['不想输入的，请直接点“跳过，直接取号”', 'To skip, tap “Skip, take a ticket”'],
  idPlaceholder: ['请点下面的数字输入', 'Tap the digits below'],
  idCount: ['已输入 {n} 位，共 18 位', '{n} of 18 characters'],
  letterX: ['字母X', 'Letter X'],
  digit: ['数字{d}', 'Digit {d}'],
  delete: ['删除', 'Delete'],
  clear: ['清空', 'Clear'],
  skip: ['跳过，直接取号', 'Skip, take a ticket'],
  issuing: ['正在取号…', 'Issuing…'],
  confirm: ['确定取号', 'Take ticket'],
  // The slip, on screen and printed (ticket-slip.tsx)
  slipPriority: ['优先', 'Priority'],
  slipYourNumber: ['您的排队号', 'Your number'],
  slipGroupsFirst: ['{groups}优先办理', 'Served first: {groups}'],
  slipAhead: ['前面还有', 'People ahead'],
  slipAheadCount: ['{n} 人', '{n}'],
  slipWait: ['预计等候', 'Estimated wait'],
  slipIssuedAt: ['取号时间', 'Issued at'],
  slipQr: [
    '手机扫码查看排队进度，办结后评价',
    'Scan to follow the queue on your phone and rate us afterwards',
  ],
  slipEvaluationCode: ['评价码 {code}', 'Rating code {code}'],
  slipNote: [
    '请在等候区就座，留意大屏幕和语音叫号',
    'Please take a seat and watch the screens for your number',
  ],
  printAheadPrefix: ['您前面还有', 'People ahead of you:'],
  printAheadSuffix: ['人', ''],
  printWait: ['预计等候：{wait}', 'Estimated wait: {wait}'],
  printIssuedAt: ['取号时间：{at}', 'Issued at: {at}'],
  printEvaluation: [
    '评价码：{code}（办结后扫码或在大屏二维码处评价）',
    'Rating code: {code} (when you are done, rate us by phone or at the QR code on the big screen)',
  ],
  printNote: [
    '请留意大屏幕和语音叫号。过号请到导服台。本号当日有效。',
    'Watch the screens and listen for your number. Missed it? Go to the reception desk. Valid today only.',
  ],
} as const satisfies MessagePairs;

export type KioskMessage = keyof typeof MESSAGES;

/** The kiosk's table, for its test. */
export const KIOSK_MESSAGES: MessagePairs = MESSAGES;

/** The kiosk's strings in a given locale (the printed slip names its own: the reception desk prints Chinese). */
export function kioskMessages(locale: Locale): (key: KioskMessage, vars?: Vars) => string {
  return (key, vars) => pairText(locale, MESSAGES[key], vars);
}

/** A service's name in `locale` by its code; `fallback` (the server's Chinese name) for an unknown code. */
export function serviceNameIn(locale: Locale, code: string, fallback: string): string {
  const known = findService(code);
  return known ? pick(locale, fallback, known.nameEn) : fallback;
}

export function useKioskMessages(): (key: KioskMessage, vars?: Vars) => string {
  return useMessages(MESSAGES);
}

/** A service's name and description in the current locale (the server sends the Chinese). */
export function useKioskService(): (service: PublicService) => { name: string; description: string } {
  const { locale } = useI18n();
  return (service) => {
    return {
      name: serviceNameIn(locale, service.code, service.name),
      description: pick(
        locale,
        service.description,
        SERVICE_DESCRIPTION_EN[service.code] ?? service.description,
      ),
    };
  };
}
