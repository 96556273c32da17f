import type { AuditLabels } from './audit-labels';

/** Audit actions of the hall's queue (`queue.*`; server/use-cases/queue, call-next and the kiosk's SQL). */
export const QUEUE_ACTIONS: AuditLabels = {
  'queue.ticket.issue': { zh: '取号', en: 'Ticket issued' },
  'queue.ticket.call': { zh: '叫号', en: 'Ticket called' },
  'queue.ticket.announce': { zh: '再次播报', en: 'Call announced again' },
  'queue.ticket.recall': { zh: '重呼', en: 'Ticket recalled' },
  'queue.ticket.start': { zh: '开始办理', en: 'Service started' },
  'queue.ticket.finish': { zh: '办结', en: 'Service finished' },
  'queue.ticket.no-show': { zh: '过号', en: 'No-show' },
  'queue.ticket.requeue': { zh: '过号重新排队', en: 'Requeued' },
  'queue.ticket.close': { zh: '作废', en: 'Ticket closed' },
  'queue.ticket.cancel': { zh: '取消排队', en: 'Ticket cancelled' },
  'queue.ticket.transfer': { zh: '转办', en: 'Ticket transferred' },
  'queue.ticket.priority': { zh: '设置优先', en: 'Priority set' },
  'queue.window.pause': { zh: '暂停窗口', en: 'Window paused' },
  'queue.window.resume': { zh: '恢复窗口', en: 'Window resumed' },
  'queue.settings.update': { zh: '修改排队设置', en: 'Queue settings changed' },
  'queue.key-group.create': { zh: '登记重点群体', en: 'Priority group registration added' },
  'queue.key-group.delete': { zh: '删除重点群体登记', en: 'Priority group registration removed' },
};

/**
 * Audit actions of the citizen-facing services: appointments, progress checks and SMS codes, legal
 * publicity (lecturers, lectures), service evaluation (好差评) and the rectification of bad reviews.
 */
export const SERVICE_ACTIONS: AuditLabels = {
  'appointment.book': { zh: '预约办理', en: 'Appointment booked' },
  'appointment.cancel': { zh: '取消预约', en: 'Appointment cancelled' },
  'appointment.settings': { zh: '修改预约设置', en: 'Appointment settings changed' },
  'citizen.sms-code': { zh: '发送短信验证码', en: 'SMS code sent' },
  'citizen.track-code': { zh: '进度查询（发送验证码）', en: 'Progress check (code sent)' },
  'citizen.track-open': { zh: '进度查询（查看事项）', en: 'Progress check (matter viewed)' },
  'lecturer.create': { zh: '登记讲师', en: 'Lecturer added' },
  'lecturer.update': { zh: '修改讲师信息', en: 'Lecturer changed' },
  'lecture.create': { zh: '新建讲座', en: 'Lecture added' },
  'lecture.update': { zh: '修改讲座', en: 'Lecture changed' },
  'lecture.add-photo': { zh: '上传讲座照片', en: 'Lecture photo added' },
  'evaluation.submit': { zh: '提交好差评', en: 'Service evaluation submitted' },
  'rectification.callback': { zh: '差评整改回访', en: 'Rectification call-back' },
  'rectification.rectify': { zh: '登记整改情况', en: 'Rectification recorded' },
  'rectification.follow-up': { zh: '群众复评（整改办结）', en: 'Follow-up rating (rectification closed)' },
  'rectification.escalate': { zh: '差评整改逾期督办', en: 'Overdue rectification escalated' },
};
