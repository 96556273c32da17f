import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../context';
import { requirePermission } from '../plugins/auth';
import { addSessions, addSessionsBody } from '../use-cases/staff-programme/add-sessions';
import { checkIn, checkInBody, checkInReply } from '../use-cases/staff-programme/check-in';
import { createPlan, createPlanBody } from '../use-cases/staff-programme/create-plan';
import { checkInTokenReply, getCheckInToken } from '../use-cases/staff-programme/get-check-in-token';
import { getPlan, planDetail } from '../use-cases/staff-programme/get-plan';
import {
  decideLeave,
  decideLeaveBody,
  leaveItem,
  listLeaveQuery,
  listLeaveRequests,
  requestLeave,
  requestLeaveBody,
} from '../use-cases/staff-programme/leave-requests';
import { listPlans, listPlansQuery } from '../use-cases/staff-programme/list-plans';
import { myAttendance, myAttendanceReply } from '../use-cases/staff-programme/my-programme';
import { planItem } from '../use-cases/staff-programme/plan-views';
import { planStatusBody, setPlanStatus } from '../use-cases/staff-programme/publish-plan';
import {
  pushPlan,
  pushPlanBody,
  pushReply,
  pushTargets,
  pushTargetsReply,
} from '../use-cases/staff-programme/push-plan';
import { recordAttendance, recordAttendanceBody } from '../use-cases/staff-programme/record-attendance';
import {
  getSessionAttendance,
  sessionAttendanceReply,
} from '../use-cases/staff-programme/session-attendance';
import { callOf } from './legal-aid';
import { studySupervisionRoutes } from './study-supervision';

const tags = ['study'];
export const studyIdParams = z.object({ id: z.uuid({ error: '编号格式不正确' }) });

/**
 * `/api/study`: the staff education-and-rectification programme (队伍教育整顿) — plans, sessions, QR
 * check-in, attendance and leave. Notes, spot checks and talks: study-supervision.ts; tests:
 * study-tests.ts; bulletins and opinions: study-feedback.ts.
 */
export function studyRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/study/plans',
    {
      schema: {
        tags,
        summary: '学习计划列表（mine：我参加的；managed：辖区内全部）',
        querystring: listPlansQuery,
        response: { 200: z.object({ items: z.array(planItem) }) },
      },
      preHandler: requirePermission('study.participate'),
    },
    (request) => listPlans(services, callOf(request, request.query)),
  );
  r.post(
    '/api/study/plans',
    {
      schema: {
        tags,
        summary: '新建学习计划（草稿，可同时安排晨训、晚学等学习活动）',
        body: createPlanBody,
        response: { 201: planDetail },
      },
      preHandler: requirePermission('study.manage'),
    },
    async (request, reply) =>
      reply.status(201).send(await createPlan(services, callOf(request, request.body))),
  );
  r.get(
    '/api/study/plans/:id',
    {
      schema: {
        tags,
        summary: '学习计划详情（学习活动、本人考勤；管理人员另含进度和各旗县区进度）',
        params: studyIdParams,
        response: { 200: planDetail },
      },
      preHandler: requirePermission('study.participate'),
    },
    (request) => getPlan(services, callOf(request, request.params)),
  );
  r.post(
    '/api/study/plans/:id/status',
    {
      schema: {
        tags,
        summary: '发布或结束学习计划',
        params: studyIdParams,
        body: planStatusBody,
        response: { 200: planDetail },
      },
      preHandler: requirePermission('study.manage'),
    },
    (request) => setPlanStatus(services, callOf(request, { ...request.body, id: request.params.id })),
  );
  r.post(
    '/api/study/plans/:id/sessions',
    {
      schema: {
        tags,
        summary: '安排学习活动（单次或按工作日重复）',
        params: studyIdParams,
        body: addSessionsBody,
        response: { 200: planDetail },
      },
      preHandler: requirePermission('study.manage'),
    },
    (request) => addSessions(services, callOf(request, { ...request.body, id: request.params.id })),
  );
  r.get(
    '/api/study/plans/:id/push-targets',
    {
      schema: {
        tags,
        summary: '下发前：各旗县区司法局是否已下发，本次将下发和因已开始而不下发的场次',
        params: studyIdParams,
        response: { 200: pushTargetsReply },
      },
      preHandler: requirePermission('study.manage'),
    },
    (request) => pushTargets(services, callOf(request, { id: request.params.id })),
  );
  r.post(
    '/api/study/plans/:id/push',
    {
      schema: {
        tags,
        summary: '市局将学习计划下发到旗县区（市县两级联动）',
        params: studyIdParams,
        body: pushPlanBody,
        response: { 200: pushReply },
      },
      preHandler: requirePermission('study.manage'),
    },
    (request) => pushPlan(services, callOf(request, { ...request.body, id: request.params.id })),
  );
  r.get(
    '/api/study/sessions/:id/check-in-token',
    {
      schema: {
        tags,
        summary: '会场屏幕的签到二维码（每 30 秒更换，仅限本场）',
        params: studyIdParams,
        response: { 200: checkInTokenReply },
      },
      preHandler: requirePermission('study.manage'),
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return getCheckInToken(services, callOf(request, request.params));
    },
  );
  r.get(
    '/api/study/sessions/:id/attendance',
    {
      schema: {
        tags,
        summary: '签到表（应到人员及出勤情况）',
        params: studyIdParams,
        response: { 200: sessionAttendanceReply },
      },
      preHandler: requirePermission('study.manage'),
    },
    (request) => getSessionAttendance(services, callOf(request, request.params)),
  );
  r.post(
    '/api/study/sessions/:id/attendance',
    {
      schema: {
        tags,
        summary: '组织者代签到或更正出勤情况',
        params: studyIdParams,
        body: recordAttendanceBody,
        response: { 200: sessionAttendanceReply },
      },
      preHandler: requirePermission('study.manage'),
    },
    (request) => recordAttendance(services, callOf(request, { ...request.body, id: request.params.id })),
  );
  r.post(
    '/api/study/sessions/:id/leave',
    {
      schema: {
        tags,
        summary: '请假',
        params: studyIdParams,
        body: requestLeaveBody,
        response: { 201: leaveItem },
      },
      preHandler: requirePermission('study.participate'),
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await requestLeave(services, callOf(request, { ...request.body, id: request.params.id }))),
  );
  r.post(
    '/api/study/check-in',
    {
      schema: {
        tags,
        summary: '扫码签到（会场屏幕上的二维码，限时、仅限本场）',
        body: checkInBody,
        response: { 200: checkInReply },
      },
      preHandler: requirePermission('study.participate'),
    },
    (request) => checkIn(services, callOf(request, request.body)),
  );
  r.get(
    '/api/study/leave-requests',
    {
      schema: {
        tags,
        summary: '请假申请（mine：本人；managed：待审批）',
        querystring: listLeaveQuery,
        response: { 200: z.object({ items: z.array(leaveItem) }) },
      },
      preHandler: requirePermission('study.participate'),
    },
    (request) => listLeaveRequests(services, callOf(request, request.query)),
  );
  r.post(
    '/api/study/leave-requests/:id/decision',
    {
      schema: {
        tags,
        summary: '审批请假',
        params: studyIdParams,
        body: decideLeaveBody,
        response: { 200: leaveItem },
      },
      preHandler: requirePermission('study.manage'),
    },
    (request) => decideLeave(services, callOf(request, { ...request.body, id: request.params.id })),
  );
  r.get(
    '/api/study/me/attendance',
    {
      schema: { tags, summary: '本人考勤', response: { 200: myAttendanceReply } },
      preHandler: requirePermission('study.participate'),
    },
    (request) => myAttendance(services, callOf(request, {})),
  );
  studySupervisionRoutes(app, services);
}
