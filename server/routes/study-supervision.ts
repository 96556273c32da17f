import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../context';
import { requirePermission } from '../plugins/auth';
import {
  attendanceRates,
  attendanceRatesQuery,
  attendanceRatesReply,
} from '../use-cases/staff-programme/attendance-rates';
import { listMembers, listMembersQuery, memberOptions } from '../use-cases/staff-programme/list-members';
import { mySpotChecks, mySpotChecksReply } from '../use-cases/staff-programme/my-programme';
import {
  completeFollowUp,
  followUpBody,
  gradeItemBody,
  gradeSpotCheckItem,
} from '../use-cases/staff-programme/spot-check-grading';
import {
  drawSpotCheck,
  drawSpotCheckBody,
  getSpotCheck,
  listSpotChecks,
  pickSpotCheck,
  pickSpotCheckBody,
  spotCheckItemView,
  spotCheckView,
} from '../use-cases/staff-programme/spot-checks';
import {
  listRecords,
  listRecordsQuery,
  recordItem,
  writeRecord,
  writeRecordBody,
} from '../use-cases/staff-programme/study-records';
import {
  completeTalkFollowUp,
  createTalk,
  createTalkBody,
  listTalks,
  listTalksQuery,
  talkFollowUpBody,
  talkItem,
} from '../use-cases/staff-programme/talks';
import { callOf } from './legal-aid';

const tags = ['study'];
const idParams = z.object({ id: z.uuid({ error: '编号格式不正确' }) });

/** `/api/study`: attendance rates, study notes, spot checks (抽查) and one-to-one talks (谈心谈话). */
export function studySupervisionRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/study/attendance-rates',
    {
      schema: {
        tags,
        summary: '出勤率（按人员、部门、区县；本人只见本人，督导人员见辖区）',
        querystring: attendanceRatesQuery,
        response: { 200: attendanceRatesReply },
      },
      preHandler: requirePermission('study.participate'),
    },
    (request) => attendanceRates(services, callOf(request, request.query)),
  );
  r.get(
    '/api/study/records',
    {
      schema: {
        tags,
        summary: '学习笔记（mine：本人；scope：辖区内，督导人员）',
        querystring: listRecordsQuery,
        response: { 200: z.object({ items: z.array(recordItem) }) },
      },
      preHandler: requirePermission('study.participate'),
    },
    (request) => listRecords(services, callOf(request, request.query)),
  );
  r.post(
    '/api/study/records',
    {
      schema: { tags, summary: '提交学习笔记', body: writeRecordBody, response: { 201: recordItem } },
      preHandler: requirePermission('study.participate'),
    },
    async (request, reply) =>
      reply.status(201).send(await writeRecord(services, callOf(request, request.body))),
  );
  r.get(
    '/api/study/spot-checks',
    {
      schema: {
        tags,
        summary: '抽查记录',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                periodFrom: z.string(),
                periodTo: z.string(),
                mode: z.string(),
                candidates: z.number().int(),
                drawn: z.number().int(),
                graded: z.number().int(),
                createdAt: z.string(),
              }),
            ),
          }),
        },
      },
      preHandler: requirePermission('study.supervise'),
    },
    (request) => listSpotChecks(services, callOf(request, {})),
  );
  r.post(
    '/api/study/spot-checks',
    {
      schema: {
        tags,
        summary: '抽取学习笔记（随机、按比例、每人、按字数）',
        body: drawSpotCheckBody,
        response: { 201: spotCheckView },
      },
      preHandler: requirePermission('study.supervise'),
    },
    async (request, reply) =>
      reply.status(201).send(await drawSpotCheck(services, callOf(request, request.body))),
  );
  r.post(
    '/api/study/spot-checks/picks',
    {
      schema: {
        tags,
        summary: '指定抽查：督导人员选定学习笔记进行抽查',
        body: pickSpotCheckBody,
        response: { 201: spotCheckView },
      },
      preHandler: requirePermission('study.supervise'),
    },
    async (request, reply) =>
      reply.status(201).send(await pickSpotCheck(services, callOf(request, request.body))),
  );
  r.get(
    '/api/study/spot-checks/:id',
    {
      schema: { tags, summary: '抽查详情', params: idParams, response: { 200: spotCheckView } },
      preHandler: requirePermission('study.supervise'),
    },
    (request) => getSpotCheck(services, callOf(request, request.params)),
  );
  r.patch(
    '/api/study/spot-check-items/:id',
    {
      schema: {
        tags,
        summary: '评定抽查的学习笔记并提出整改要求',
        params: idParams,
        body: gradeItemBody,
        response: { 200: spotCheckItemView },
      },
      preHandler: requirePermission('study.supervise'),
    },
    (request) => gradeSpotCheckItem(services, callOf(request, { ...request.body, id: request.params.id })),
  );
  r.post(
    '/api/study/spot-check-items/:id/follow-up',
    {
      schema: {
        tags,
        summary: '整改完成情况（本人或督导人员）',
        params: idParams,
        body: followUpBody,
        response: { 200: spotCheckItemView },
      },
      preHandler: requirePermission('study.participate'),
    },
    (request) => completeFollowUp(services, callOf(request, { ...request.body, id: request.params.id })),
  );
  r.get(
    '/api/study/me/spot-checks',
    {
      schema: { tags, summary: '本人学习笔记的抽查结果', response: { 200: mySpotChecksReply } },
      preHandler: requirePermission('study.participate'),
    },
    (request) => mySpotChecks(services, callOf(request, {})),
  );
  r.get(
    '/api/study/members',
    {
      schema: {
        tags,
        summary: '本局参加学习教育的工作人员（按姓名搜索，用于分办、谈话等选择）',
        querystring: listMembersQuery,
        response: { 200: memberOptions },
      },
      preHandler: requirePermission('study.participate'),
    },
    (request) => listMembers(services, callOf(request, request.query)),
  );
  r.get(
    '/api/study/talks',
    {
      schema: {
        tags,
        summary: '谈心谈话记录（mine：与本人的谈话；scope：辖区内，督导人员）',
        querystring: listTalksQuery,
        response: { 200: z.object({ items: z.array(talkItem) }) },
      },
      preHandler: requirePermission('study.participate'),
    },
    (request) => listTalks(services, callOf(request, request.query)),
  );
  r.post(
    '/api/study/talks',
    {
      schema: { tags, summary: '登记谈心谈话', body: createTalkBody, response: { 201: talkItem } },
      preHandler: requirePermission('study.supervise'),
    },
    async (request, reply) =>
      reply.status(201).send(await createTalk(services, callOf(request, request.body))),
  );
  r.post(
    '/api/study/talks/:id/follow-up',
    {
      schema: {
        tags,
        summary: '谈话跟进事项落实情况',
        params: idParams,
        body: talkFollowUpBody,
        response: { 200: talkItem },
      },
      preHandler: requirePermission('study.supervise'),
    },
    (request) => completeTalkFollowUp(services, callOf(request, { ...request.body, id: request.params.id })),
  );
}
