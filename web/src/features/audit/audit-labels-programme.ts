import type { AuditLabels } from './audit-labels';

/**
 * Audit actions of the staff programme (教育整顿; server/use-cases/staff-programme): study plans and
 * sessions, attendance, study notes and their spot checks, knowledge tests, talks, bulletins (`study.*`)
 * and opinion solicitation (`opinion.*`).
 */
export const PROGRAMME_ACTIONS: AuditLabels = {
  'study.create-plan': { zh: '新建学习计划', en: 'Study plan created' },
  'study.publish-plan': { zh: '发布学习计划', en: 'Study plan published' },
  'study.close-plan': { zh: '关闭学习计划', en: 'Study plan closed' },
  'study.push-plan': { zh: '下发学习计划', en: 'Study plan pushed to counties' },
  'study.add-sessions': { zh: '添加学习场次', en: 'Study sessions added' },
  'study.check-in': { zh: '签到', en: 'Checked in' },
  'study.record-attendance': { zh: '登记考勤', en: 'Attendance recorded' },
  'study.request-leave': { zh: '请假', en: 'Leave requested' },
  'study.decide-leave': { zh: '审批请假', en: 'Leave decided' },
  'study.write-record': { zh: '撰写学习笔记', en: 'Study note written' },
  'study.draw-spot-check': { zh: '随机抽查学习笔记', en: 'Spot check drawn' },
  'study.pick-spot-check': { zh: '指定抽查学习笔记', en: 'Spot check picked' },
  'study.grade-record': { zh: '评定抽查笔记', en: 'Spot-checked note graded' },
  'study.complete-follow-up': { zh: '抽查整改完成', en: 'Spot check follow-up done' },
  'study.add-questions': { zh: '添加试题', en: 'Questions added' },
  'study.update-question': { zh: '修改试题', en: 'Question changed' },
  'study.create-paper': { zh: '新建试卷', en: 'Test paper created' },
  'study.publish-paper': { zh: '发布试卷', en: 'Test paper published' },
  'study.close-paper': { zh: '关闭试卷', en: 'Test paper closed' },
  'study.delete-paper': { zh: '删除试卷', en: 'Test paper deleted' },
  'study.start-attempt': { zh: '开始答题', en: 'Test started' },
  'study.submit-attempt': { zh: '交卷', en: 'Test submitted' },
  'study.log-talk': { zh: '登记谈心谈话', en: 'One-to-one talk logged' },
  'study.complete-talk-follow-up': { zh: '谈心谈话跟进完成', en: 'Talk follow-up done' },
  'study.generate-bulletin': { zh: '生成通报', en: 'Bulletin generated' },
  'study.edit-bulletin': { zh: '修改通报', en: 'Bulletin changed' },
  'study.publish-bulletin': { zh: '发布通报', en: 'Bulletin published' },
  'opinion.create-form': { zh: '新建征求意见表', en: 'Opinion form created' },
  'opinion.set-form-status': { zh: '开启或关闭征求意见表', en: 'Opinion form opened or closed' },
  'opinion.receive': { zh: '收到意见', en: 'Opinion received' },
  'opinion.assign': { zh: '分办意见', en: 'Opinion assigned' },
  'opinion.reply': { zh: '答复意见', en: 'Opinion replied to' },
  'opinion.reply-sms': { zh: '短信答复意见', en: 'Reply sent by SMS' },
  'opinion.close': { zh: '办结意见', en: 'Opinion closed' },
};
