/**
 * The menu's strings (nav.tsx and the nav-pages/ tables, home-page.tsx): `nav.*` names an entry or a group,
 * `task.*` describes it on the home page's shortcuts.
 * `key: [zh-CN, en-US]` pairs; app/i18n.ts merges them into the console's one typed table (`t('nav.…')`).
 */
export const NAV_MESSAGES = {
  'nav.home': ['首页', 'Home'],
  'nav.main': ['主菜单', 'Main menu'],
  'nav.admin': ['系统管理', 'Administration'],
  'nav.reference': ['业务资料', 'Reference'],
  'nav.supervision': ['监督审计', 'Supervision'],
  'nav.organisations': ['机构管理', 'Organisations'],
  'nav.windows': ['窗口管理', 'Windows'],
  'nav.queueSettings': ['排队设置', 'Queue settings'],
  'nav.staff': ['人员管理', 'Staff'],
  'nav.staffDirectory': ['人员名录', 'Staff directory'],
  'nav.lawyers': ['律师名册', 'Lawyer roster'],
  'nav.laws': ['法律法规库', 'Law library'],
  'task.lawsDesc': [
    '法律、法规、司法解释全文浏览与检索',
    'Browse and search laws, regulations and interpretations',
  ],
  'nav.calendar': ['节假日调整', 'Holiday adjustments'],
  'nav.calendarView': ['工作日历', 'Working calendar'],
  'nav.hardship': ['困难标准', 'Hardship standards'],
  'nav.audit': ['审计日志', 'Audit log'],
  'nav.hall': ['窗口服务', 'Hall service'],
  'nav.queueStats': ['排队统计', 'Queue statistics'],
  'nav.legalAid': ['法律援助', 'Legal aid'],
  'nav.legalAidIntake': ['申请受理', 'New application'],
  'nav.legalAidToday': ['今日五个当天', 'Five same-day board'],
  'nav.legalAidList': ['案件列表', 'Cases'],
  'nav.legalAidMine': ['我的指派', 'My assignments'],
  'nav.legalAidVerifications': ['核查任务', 'Verifications'],
  'task.legalAidIntakeDesc': [
    '窗口登记法律援助申请，实时预审是否符合条件',
    'Register a legal aid application at the window with a live eligibility check',
  ],
  'task.legalAidTodayDesc': [
    '今日申请的受理、审批、指派进度与五个当天信号灯',
    "Today's applications: acceptance, approval, assignment and the five same-day light",
  ],
  'task.legalAidListDesc': ['查询法律援助案件，按状态筛选', 'Find legal aid cases, filter by status'],
  'task.legalAidVerificationsDesc': [
    '抽查告知承诺的真实性，处理虚假承诺',
    'Spot-check commitments and handle false ones',
  ],
  'nav.legalAidReminders': ['法律援助提醒', 'Legal-aid reminders'],
  'task.legalAidRemindersDesc': [
    '即将到期和已逾期的法定期限，逐件链接到案件',
    'Statutory deadlines due soon or overdue, each linked to its case',
  ],

  // 好差评 and appointments (features/evaluations, features/appointments)
  'nav.evaluation': ['好差评', 'Service evaluation'],
  'nav.myRatings': ['我的评价', 'My ratings'],
  'nav.ratingRankings': ['评价排名', 'Rankings'],
  'nav.rectifications': ['差评整改', 'Rectification'],
  'nav.appointments': ['预约名单', 'Appointments'],
  'task.myRatingsDesc': ['群众对我提供的服务的评价', "Citizens' ratings of the services I gave"],
  'task.ratingRankingsDesc': [
    '各窗口、工作人员、律师的满意率排名',
    'Satisfaction rankings of windows, staff and lawyers',
  ],
  'task.rectificationsDesc': [
    '差评回访、整改、复评，逾期督办',
    'Call back, rectify and re-rate after bad reviews; overdue items escalate',
  ],
  'task.appointmentsDesc': [
    '群众在手机上预约的公证、调解、律师团咨询',
    'Notarization, mediation and lawyer-team bookings made on the phone',
  ],
  'task.queue': ['叫号工作台', 'Calling desk'],
  'task.queueDesc': [
    '呼叫下一位群众，办理、转办或标记过号',
    'Call the next citizen, serve, transfer or mark no-show',
  ],
  'task.queueStatsDesc': [
    '各事项、各窗口的取号量、等候与办理时长',
    'Tickets, waiting and service times per service and window',
  ],
  'task.reception': ['导服登记', 'Reception'],
  'task.receptionDesc': ['引导群众取号，登记来访事项', 'Guide citizens to take a ticket and record visits'],
  'task.legalAidReview': ['法律援助审查', 'Legal aid review'],
  'task.legalAidReviewDesc': [
    '审查申请材料与经济困难状况，提出审查意见',
    'Review applications and economic hardship',
  ],
  'task.legalAidApprove': ['法律援助审批', 'Legal aid decisions'],
  'task.legalAidApproveDesc': [
    '作出给予或不予法律援助决定，指派承办人员',
    'Grant or refuse legal aid and assign providers',
  ],
  'task.myCases': ['我承办的案件', 'My cases'],
  'task.myCasesDesc': [
    '查看指派给我的法律援助案件和办理期限',
    'Legal aid cases assigned to me and their deadlines',
  ],
  'task.mediation': ['调解案件', 'Mediation cases'],
  'task.mediationDesc': [
    '登记纠纷、记录调解过程、制作调解协议',
    'Register disputes, record sessions, draft agreements',
  ],
  'task.notarization': ['公证受理', 'Notarization'],
  'task.notarizationDesc': [
    '受理公证申请，审查材料，出具公证书',
    'Accept applications, review papers, issue certificates',
  ],
  'task.dashboard': ['数据看板', 'Dashboard'],
  'task.dashboardDesc': [
    '办件量、等候时长、法律援助、群众评价与普法，按单位汇总',
    'Visits, waits, legal aid, ratings and lectures, per unit',
  ],
  'task.training': ['学习培训', 'Training'],
  'task.trainingDesc': ['安排学习计划、组织应知应会测试', 'Study plans and knowledge tests'],
  'task.organisationsDesc': [
    '维护司法局、中心、律所等机构信息',
    'Bureaus, the center, law firms and other organisations',
  ],
  'task.windowsDesc': ['设置窗口名称、服务事项与开放状态', 'Window names, services and opening status'],
  'task.staffDesc': ['管理工作人员账号、角色与密码', 'Staff accounts, roles and passwords'],
  'task.lawyersDesc': ['律师执业信息、律师团成员与处分记录', 'Lawyers, the lawyer team and sanctions'],
  'task.calendarDesc': [
    '维护法定节假日与调休，影响办理期限',
    'Public holidays and make-up days used for deadlines',
  ],
  'task.queueSettingsDesc': [
    '取号时间、等候时限、过号重呼、老年人优先年龄与叫号大屏',
    'Ticket hours, waiting limit, recalls, elderly priority and the display board',
  ],
  'task.hardshipDesc': ['各地区经济困难标准及生效日期', 'Economic hardship standards per region'],
  'task.auditDesc': ['查询登录、修改与查看个人信息的记录', 'Logins, changes and views of personal data'],
  'task.staffDirectoryDesc': ['查看各机构工作人员及其角色', 'Staff of each organisation and their roles'],
  'task.calendarViewDesc': ['查看工作日与节假日安排', 'Working days and holidays'],

  // dashboard and legal publicity (issue 7)
  'nav.publicity': ['普法讲师团', 'Lecturer team'],
  'task.publicityDesc': [
    '讲师名册、讲座计划与开展记录，按场所类型统计',
    'Lecturers, lecture plans and records, totals by venue type',
  ],

  // matters of the nine windows (issue #5)
  'nav.mattersConsultation': ['法律咨询', 'Legal consultation'],
  'nav.mattersMediation': ['人民调解', 'Mediation'],
  'nav.mattersNotarization': ['公证', 'Notarization'],
  'nav.mattersLawyer': ['律师服务', 'Lawyer services'],
  'nav.mattersArbitration': ['仲裁', 'Arbitration'],
  'nav.mattersAppraisal': ['司法鉴定', 'Judicial appraisal'],
  'nav.mattersReconsideration': ['行政复议', 'Reconsideration'],
  'nav.mattersPublicity': ['法治宣传', 'Legal publicity'],
  'nav.mattersAidQualification': ['法律援助资格管理', 'Aid-provider register'],
  'nav.myDeadlines': ['我的期限', 'My deadlines'],
  'task.mattersDesc': [
    '本窗口事项：登记、办理、法定期限与利益冲突提示',
    "This window's matters: intake, actions, statutory clocks, conflict warnings",
  ],
  'task.myDeadlinesDesc': [
    '本人承办的窗口事项和法律援助案件的法定期限，临期与超期提醒',
    'Statutory clocks of the window matters and legal-aid cases you answer for',
  ],

  // Staff programme 队伍教育整顿 (features/study).
  'nav.study': ['教育整顿', 'Staff programme'],
  'nav.studyMine': ['我的学习', 'My study'],
  'task.studyMineDesc': [
    '本人考勤、请假、学习笔记和抽查结果',
    'Your attendance, leave, study notes and spot-check results',
  ],
  'nav.studyPlans': ['学习计划', 'Study plans'],
  'task.studyPlansDesc': [
    '制定学习计划、安排晨训晚学、扫码签到、下发旗县区并查看进度',
    'Plans, morning drills and evening study, QR check-in, push to counties, progress',
  ],
  'task.studyPlansMineDesc': ['本人参加的学习计划和学习活动', 'The plans and sessions you take part in'],
  'nav.studyTests': ['应知应会测试', 'Knowledge tests'],
  'task.studyTestsDesc': ['参加知识测试，查看本人成绩', 'Take tests and see your scores'],
  'nav.studyBulletins': ['定期通报', 'Bulletins'],
  'task.studyBulletinsDesc': ['学习教育情况通报', 'Periodic bulletins of the programme'],
  'nav.studyLeave': ['请假审批', 'Leave requests'],
  'task.studyLeaveDesc': ['审批学习活动请假', 'Approve leave from sessions'],
  'nav.studyQuestions': ['题库', 'Question bank'],
  'task.studyQuestionsDesc': ['应知应会试题，支持 .xlsx 导入', 'Test questions, .xlsx import'],
  'nav.studyPapers': ['试卷与成绩', 'Papers and results'],
  'task.studyPapersDesc': [
    '组卷、发布、成绩与试题分析、两轮对比',
    'Papers, results, item statistics, two rounds compared',
  ],
  'nav.studySpotChecks': ['笔记抽查', 'Spot checks'],
  'task.studySpotChecksDesc': [
    '抽取学习笔记，评定、点评、督促整改',
    'Draw study notes, grade, comment, follow up',
  ],
  'nav.studyTalks': ['谈心谈话', 'One-to-one talks'],
  'task.studyTalksDesc': ['登记谈心谈话及跟进落实', 'Talks held and their follow-up'],
  'task.studyTalksMineDesc': ['与本人的谈心谈话记录', 'Talks held with you'],
  'nav.opinions': ['开门纳谏', 'Opinion solicitation'],
  'task.opinionsDesc': [
    '征求意见表（链接、二维码）、意见分办、办理答复',
    'Public forms (link, QR), assign, handle and reply',
  ],
  'nav.opinionsAssigned': ['意见办理', 'Opinions to handle'],
  'task.opinionsAssignedDesc': ['交本人办理的群众意见', 'Opinions assigned to you'],

  // staff programme: attendance rates (staff-web, session 3)
  'nav.studyAttendance': ['出勤率', 'Attendance rates'],
  'task.studyAttendanceDesc': [
    '按区县、部门和人员统计学习活动出勤率',
    'Attendance at study sessions per county, department and person',
  ],
} satisfies Record<string, readonly [string, string]>;
