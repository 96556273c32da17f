import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../context';
import { requestMeta, requireActor, requirePermission } from '../plugins/auth';
import { addLecturePhoto, addPhotoBody, getLecturePhoto } from '../use-cases/publicity/lecture-photos';
import {
  createLecturer,
  createLecturerBody,
  lecturerItem,
  listLecturers,
  listLecturersQuery,
  updateLecturer,
  updateLecturerBody,
} from '../use-cases/publicity/lecturers';
import {
  createLecture,
  createLectureBody,
  lectureItem,
  listLectures,
  listLecturesQuery,
  updateLecture,
  updateLectureBody,
} from '../use-cases/publicity/lectures';

const tags = ['publicity'];
const idParams = z.object({ id: z.uuid({ error: '编号格式不正确' }) });

/** `/api/publicity/*`: 普法讲师团 — lecturers, lecture plans and records, photos. */
export function publicityRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const call = <I>(request: Parameters<typeof requestMeta>[0], input: I) => ({
    actor: requireActor(request),
    input,
    meta: requestMeta(request),
  });
  const read = requirePermission('publicity.read');
  const manage = requirePermission('publicity.manage');

  r.get(
    '/api/publicity/lecturers',
    {
      schema: {
        tags,
        summary: '普法讲师团讲师名册',
        querystring: listLecturersQuery,
        response: { 200: z.object({ items: z.array(lecturerItem), total: z.number().int() }) },
      },
      preHandler: read,
    },
    (request) => listLecturers(services, call(request, request.query)),
  );
  r.post(
    '/api/publicity/lecturers',
    {
      schema: {
        tags,
        summary: '登记讲师',
        body: createLecturerBody,
        response: { 201: z.object({ item: lecturerItem }) },
      },
      preHandler: manage,
    },
    async (request, reply) =>
      reply.status(201).send(await createLecturer(services, call(request, request.body))),
  );
  r.patch(
    '/api/publicity/lecturers/:id',
    {
      schema: {
        tags,
        summary: '修改讲师信息',
        params: idParams,
        body: updateLecturerBody,
        response: { 200: z.object({ item: lecturerItem }) },
      },
      preHandler: manage,
    },
    (request) => updateLecturer(services, call(request, { ...request.body, id: request.params.id })),
  );
  r.get(
    '/api/publicity/lectures',
    {
      schema: {
        tags,
        summary: '普法讲座（计划与记录）',
        querystring: listLecturesQuery,
        response: { 200: z.object({ items: z.array(lectureItem), total: z.number().int() }) },
      },
      preHandler: read,
    },
    (request) => listLectures(services, call(request, request.query)),
  );
  r.post(
    '/api/publicity/lectures',
    {
      schema: {
        tags,
        summary: '新增讲座计划或记录',
        body: createLectureBody,
        response: { 201: z.object({ item: lectureItem }) },
      },
      preHandler: manage,
    },
    async (request, reply) =>
      reply.status(201).send(await createLecture(services, call(request, request.body))),
  );
  r.patch(
    '/api/publicity/lectures/:id',
    {
      schema: {
        tags,
        summary: '修改讲座（登记开展情况、取消、改期）',
        params: idParams,
        body: updateLectureBody,
        response: { 200: z.object({ item: lectureItem }) },
      },
      preHandler: manage,
    },
    (request) => updateLecture(services, call(request, { ...request.body, id: request.params.id })),
  );
  r.post(
    '/api/publicity/lectures/:id/photos',
    {
      bodyLimit: 5 * 1024 * 1024,
      schema: {
        tags,
        summary: '上传讲座照片（PNG/JPEG，≤ 3 MB）',
        params: idParams,
        body: addPhotoBody,
        response: { 201: z.object({ id: z.string() }) },
      },
      preHandler: manage,
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await addLecturePhoto(services, call(request, { ...request.body, lectureId: request.params.id })),
        ),
  );
  r.get(
    '/api/publicity/photos/:id',
    { schema: { tags, summary: '讲座照片', params: idParams }, preHandler: read },
    async (request, reply) => {
      const photo = await getLecturePhoto(services, call(request, { id: request.params.id }));
      return reply
        .header('content-type', photo.mimeType)
        .header('cache-control', 'private, max-age=3600')
        .send(photo.data);
    },
  );
}
