/** Listing and searching the lawyer roster over HTTP: literal wildcards, pinyin, filters, paging and order. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../test/app';
import { buildLawyersTestApp, type LawyersTestApp, lawyerCalls } from './lawyers-test-kit';

let t: LawyersTestApp;
let cityAdmin: TestClient;
let otherFirmId: string;
const { create } = lawyerCalls(() => t);

beforeAll(async () => {
  t = await buildLawyersTestApp();
  ({ cityAdmin, otherFirmId } = t);
});
afterAll(async () => {
  await t?.close();
});

describe('listing and searching', () => {
  let percent: { id: string };
  let underscore: { id: string };
  let plain: { id: string };
  let member: { id: string };

  beforeAll(async () => {
    percent = await create(cityAdmin, { name: '百分%律师', specialties: ['行政诉讼'], firmId: otherFirmId });
    underscore = await create(cityAdmin, { name: '下划_线', specialties: ['行政诉讼'] });
    plain = await create(cityAdmin, { name: '百分比律师', specialties: ['刑事辩护'] });
    member = await create(cityAdmin, {
      name: '单田芳',
      firstPracticeYear: 1999,
      licenceNo: '11502199910099999',
    });
    await cityAdmin.post(`/api/lawyers/${member.id}/team`, { version: 1 });
  });

  const ids = async (query: string) => {
    const r = await cityAdmin.get(`/api/lawyers?pageSize=200&${query}`);
    expect(r.statusCode, r.body).toBe(200);
    return (r.json().items as { id: string }[]).map((i) => i.id);
  };

  it('treats % and _ typed by the user literally', async () => {
    expect(await ids(`q=${encodeURIComponent('%')}`)).toEqual([percent.id]);
    expect(await ids(`q=${encodeURIComponent('_')}`)).toEqual([underscore.id]);
    expect(await ids(`q=${encodeURIComponent('百分')}`)).toEqual(
      expect.arrayContaining([percent.id, plain.id]),
    );
  });

  it('finds by pinyin (initials, full or mixed, from any syllable; surname reading) and by licence number', async () => {
    for (const q of ['stf', 'STF', 'shantianfang', 'Shan%20Tian%20Fang', 'shantf', 'tianfang', 'tf', 'tianf'])
      expect(await ids(`q=${q}`), q).toContain(member.id);
    for (const q of ['dantianfang', 'shanfang', 'ianfang'])
      expect(await ids(`q=${q}`), q).not.toContain(member.id);
    expect(await ids('q=199910099999')).toEqual([member.id]);
  });

  it('filters by team, firm and specialty', async () => {
    const team = await ids('team=true');
    expect(team).toContain(member.id);
    expect(team).not.toContain(plain.id);
    expect(await ids('team=false')).not.toContain(member.id);
    expect(await ids(`firmId=${otherFirmId}&specialty=${encodeURIComponent('行政诉讼')}`)).toEqual([
      percent.id,
    ]);
    expect(await ids(`specialty=${encodeURIComponent('刑事辩护')}`)).toEqual([plain.id]);
  });

  it('pages in a stable order without duplicates or gaps, masked phones only', async () => {
    const all = await ids('');
    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(all.length / 3); page++) {
      const r = (await cityAdmin.get(`/api/lawyers?pageSize=3&page=${page}`)).json();
      expect(r.total).toBe(all.length);
      seen.push(...r.items.map((i: { id: string }) => i.id));
      for (const item of r.items) expect(item).not.toHaveProperty('phoneEnc');
    }
    expect(seen).toEqual(all);
  });

  it('orders by full pinyin syllable by syllable (surname readings), not by initials', async () => {
    // By initials 林安 (la) would come before 李云 (ly) and 张三 (zs) before 曾小贤 (zxx); by letters without the
    // syllables' spaces 'linan' before 'liyun'. By pinyin: li yun, lin an, zeng xiao xian, zhang san.
    const zhang = await create(cityAdmin, { name: '张三' });
    const zeng = await create(cityAdmin, { name: '曾小贤' });
    const lin = await create(cityAdmin, { name: '林安' });
    const li = await create(cityAdmin, { name: '李云' });
    const ours = [zhang.id, zeng.id, lin.id, li.id];
    expect((await ids('')).filter((id) => ours.includes(id))).toEqual([li.id, lin.id, zeng.id, zhang.id]);
  });

  it('refuses a bad filter with a field error', async () => {
    const r = await cityAdmin.get('/api/lawyers?team=yes');
    expect(r.statusCode).toBe(400);
    expect(r.json().field).toBe('team');
  });
});
