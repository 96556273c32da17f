import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lawCorpus, lawInstruments } from '../db/schema/index';
import { importLaws } from '../laws/import-laws';
import { buildTestApp, type TestApp, type TestClient } from '../test/app';

/** A few instruments of the shipped corpus: the full import takes too long for every test run. */
const LAW_TEST_SUBSET = new Set([
  '行政法/法律援助法(2021-08-20).md',
  '社会法/劳动合同法(2012-12-28).md',
  '社会法/劳动法(2018-12-29).md',
  '民法典/婚姻家庭编.md',
  '司法解释/最高人民法院关于中国公民申请承认外国法院离婚判决程序问题的规定(2020-12-29).md',
  '刑法/刑法.md',
  '行政法规/工资支付暂行规定(1994-12-06).md',
  '行政法规/保障农民工工资支付条例(2019-12-30).md',
  '行政法规/关于工资总额组成的规定(1990-01-01).md',
  '行政法规/证券交易所风险基金管理暂行办法(2016-02-06).md',
  '诉讼与非诉讼程序法/行政复议法(2017-09-01).md',
  '诉讼与非诉讼程序法/行政复议法(2023-09-01).md',
]);
/** Not a legal text (core/laws/library-scope.ts): offered to the import, left out by it. */
const GUIDE = '其他/劳动仲裁和劳动诉讼的攻略.md';
const offered = (path: string) => LAW_TEST_SUBSET.has(path) || path === GUIDE;

let t: TestApp;
let staff: TestClient;

interface Hit {
  instrument: { id: string; shortTitle: string; subtitle: string | null; kind: string; status: string };
  article: { key: string; label: string | null };
  snippet: string;
}
interface SearchReply {
  items: Hit[];
  total: number;
  capped: boolean;
  terms: string[];
}
const search = async (query: string) => {
  const reply = await staff.get(`/api/laws/search?${query}`);
  expect(reply.statusCode, reply.body).toBe(200);
  return reply.json() as SearchReply;
};
const q = (text: string, extra = '') => `q=${encodeURIComponent(text)}${extra}`;

beforeAll(async () => {
  t = await buildTestApp();
  const result = await importLaws(t.services.db, { only: offered });
  expect(result).toMatchObject({ skipped: false, instruments: LAW_TEST_SUBSET.size });
  staff = await t.login({ roles: ['mediator'] });
});
afterAll(async () => {
  await t.close();
});

describe('import', () => {
  it('is idempotent: the same corpus is not imported twice', async () => {
    const again = await importLaws(t.services.db, { only: offered });
    expect(again).toMatchObject({ skipped: true, instruments: LAW_TEST_SUBSET.size });
    const status = (await staff.get('/api/laws/status')).json();
    expect(status).toMatchObject({ state: 'ready', instruments: LAW_TEST_SUBSET.size });
    expect(status.articles).toBeGreaterThan(700);
  });

  it('leaves out the guide that is not a legal text: 拖欠工资 finds only laws and regulations', async () => {
    const list = (await staff.get(`/api/laws/instruments?${q('攻略')}`)).json();
    expect(list.total).toBe(0);
    const hits = await search(q('拖欠工资'));
    expect(hits.total).toBeGreaterThan(0);
    expect(hits.items.map((h) => h.instrument.kind)).not.toContain('其他');
  });

  it('re-imports a library imported under former rules (same corpus file, older key)', async () => {
    const [corpus] = await t.services.db.select().from(lawCorpus);
    await t.services.db.update(lawCorpus).set({ checksum: corpus!.checksum.replace(/;rules=\d+$/, '') });
    const again = await importLaws(t.services.db, { only: offered });
    expect(again).toMatchObject({ skipped: false, instruments: LAW_TEST_SUBSET.size });
    expect((await importLaws(t.services.db, { only: offered })).skipped).toBe(true);
  });

  it('stores chapters and numbered articles, 之一 included, and keeps codes stable across re-imports', async () => {
    const list = (await staff.get(`/api/laws/instruments?${q('刑法')}`)).json();
    expect(list.total).toBe(1);
    const criminal = list.items[0];
    expect(criminal).toMatchObject({ title: '中华人民共和国刑法', kind: '刑法', status: 'current' });
    const article = (await staff.get(`/api/laws/instruments/${criminal.id}/articles/17-1`)).json();
    expect(article.article).toMatchObject({ label: '第十七条之一', number: 17, suffix: 1 });
    expect(article.chapterPath).toEqual(['第一编 总则', '第二章 犯罪', '第一节 犯罪和刑事责任']);
    expect(article).toMatchObject({ previousKey: '17', nextKey: '18' });

    await importLaws(t.services.db, { only: offered, force: true });
    const again = (await staff.get(`/api/laws/instruments?${q('刑法')}`)).json();
    expect(again.items[0].id).toBe(criminal.id);
  });

  it('marks the older version of a title superseded and lists it after the current ones', async () => {
    const list = (await staff.get(`/api/laws/instruments?${q('行政复议法')}`)).json();
    expect(list.items.map((i: { versionDate: string; status: string }) => [i.versionDate, i.status])).toEqual(
      [
        ['2023-09-01', 'current'],
        ['2017-09-01', 'superseded'],
      ],
    );
    const detail = (await staff.get(`/api/laws/instruments/${list.items[0].id}`)).json();
    expect(detail.instrument.versions.map((v: { versionDate: string }) => v.versionDate)).toEqual([
      '2017-09-01',
    ]);
    expect(detail.chapters.length).toBeGreaterThan(5);
    expect(detail.articles.length).toBeGreaterThan(80);
  });

  it('filters the instrument list by kind and treats % and _ in the title filter literally', async () => {
    const regulations = (await staff.get('/api/laws/instruments?kind=行政法规')).json();
    expect(regulations.items.map((i: { kind: string }) => i.kind)).toEqual(Array(4).fill('行政法规'));
    expect(regulations.kinds).toContainEqual({ kind: '行政法规', count: 4 });
    for (const literal of ['%', '_', '法%'])
      expect((await staff.get(`/api/laws/instruments?${q(literal)}`)).json().total).toBe(0);
  });
});

describe('search', () => {
  it('finds a two-character word inside a sentence, highlighted', async () => {
    const result = await search(q('离婚'));
    expect(result.total).toBeGreaterThan(10);
    const hit = result.items.find((h) => h.article.key === '1076');
    expect(hit?.instrument).toMatchObject({ shortTitle: '民法典', subtitle: '婚姻家庭编' });
    expect(hit?.snippet).toContain('夫妻双方自愿<mark>离婚</mark>的，应当签订书面<mark>离婚</mark>协议');
    for (const h of result.items) expect(h.snippet).toContain('<mark>离婚</mark>');

    const wages = await search(q('工资'));
    expect(wages.items.some((h) => h.snippet.includes('<mark>工资</mark>'))).toBe(true);
  });

  it('ranks the article about the term first: 工资 puts 劳动法 第五十条 (chapter 工资) on the first page', async () => {
    const labels = (reply: SearchReply) =>
      reply.items.map((h) => `${h.instrument.shortTitle} ${h.article.label}`);
    // With the wage regulations in, occurrences damped by length ranked it below the first page.
    const page = labels(await search(q('工资')));
    expect(page).toContain('劳动法 第五十条');
    // The law's chapter 第五章 工资 comes first: before an article that repeats 工资 in passing (劳动法 第四十四条,
    // overtime pay, says it eight times) and before the regulations named after wages.
    expect(page.indexOf('劳动法 第五十条')).toBeLessThan(4);
    expect(page.slice(0, 4).every((label) => label.startsWith('劳动法 第'))).toBe(true);
    const wide = labels(await search(q('工资', '&pageSize=50')));
    expect(wide).toContain('劳动法 第四十四条');
    expect(wide.indexOf('劳动法 第五十条')).toBeLessThan(wide.indexOf('劳动法 第四十四条'));
    expect(wide.indexOf('劳动法 第五十条')).toBeLessThan(
      wide.findIndex((l) => l.startsWith('保障农民工工资支付条例')),
    );
  });

  it('counts the instruments citing each one by title (《中华人民共和国劳动法》), for the rank', async () => {
    const rows = await t.services.db
      .select({ shortTitle: lawInstruments.shortTitle, citedBy: lawInstruments.citedBy })
      .from(lawInstruments);
    const citedBy = new Map(rows.map((r) => [r.shortTitle, r.citedBy]));
    // In this subset the two wage regulations cite 劳动法 (根据《中华人民共和国劳动法》…制定本规定), nothing
    // cites them.
    expect(citedBy.get('劳动法')).toBe(2);
    expect(citedBy.get('工资支付暂行规定')).toBe(0);
  });

  it('needs every term (AND), and ranks articles dense in the terms first', async () => {
    const both = await search(q('劳动合同 解除'));
    const either = await search(q('劳动合同'));
    expect(both.total).toBeGreaterThan(0);
    expect(both.total).toBeLessThan(either.total);
    expect(both.terms).toEqual(['劳动合同', '解除']);
    for (const h of both.items) expect(h.snippet).toMatch(/<mark>(劳动合同|解除)/);
    expect(both.items[0]!.instrument.shortTitle).toBe('劳动合同法');
  });

  it('treats % and _ typed by the user as characters', async () => {
    const percent = await search(q('20%'));
    expect(percent.total).toBeGreaterThan(0);
    for (const h of percent.items) expect(h.snippet).toContain('<mark>20%</mark>');
    // LIKE would read % as "anything": 20% would then match every text holding 20.
    expect(percent.total).toBeLessThan((await search(q('20'))).total);
    expect((await search(q('工_'))).total).toBe(0);
    expect((await search(q('%%'))).total).toBe(0);
    expect((await search(q('离_婚'))).total).toBe(0);
  });

  it('ranks the Civil Code’s divorce articles above a rule that only has 离婚 in its title', async () => {
    const reply = await search(q('离婚'));
    expect(
      reply.items
        .slice(0, 3)
        .map((h) => `${h.instrument.shortTitle} ${h.article.label}`)
        .sort(),
    ).toEqual([`民法典 第一千零七十七条`, `民法典 第一千零七十九条`, `民法典 第一千零七十六条`].sort());
    expect(reply.items.some((h) => h.instrument.shortTitle.includes('外国法院离婚判决'))).toBe(true);
  });

  it('filters by kind and status, and pages in a stable order', async () => {
    const regulations = await search(q('工资', '&kind=行政法规'));
    expect(regulations.items.every((h) => h.instrument.kind === '行政法规')).toBe(true);
    const superseded = await search(q('复议', '&status=superseded'));
    expect(superseded.total).toBeGreaterThan(0);
    expect(superseded.items.every((h) => h.instrument.status === 'superseded')).toBe(true);

    const all = await search(q('劳动者', '&pageSize=50'));
    expect(all.total).toBeGreaterThan(30);
    const pages: Hit[] = [];
    for (let page = 1; (page - 1) * 7 < all.total; page++)
      pages.push(...(await search(q('劳动者', `&pageSize=7&page=${page}`))).items);
    const keyOf = (h: Hit) => `${h.instrument.id}/${h.article.key}`;
    // Every hit exactly once, in the order of one big page.
    expect(pages).toHaveLength(all.total);
    expect(new Set(pages.map(keyOf)).size).toBe(all.total);
    expect(pages.slice(0, 50).map(keyOf)).toEqual(all.items.map(keyOf));
    const past = await search(q('劳动者', '&page=400'));
    expect(past).toMatchObject({ items: [], total: all.total });
  });

  it('answers an empty result for punctuation only, and refuses an empty query', async () => {
    expect(await search(q('，。'))).toMatchObject({ items: [], total: 0, terms: [] });
    expect((await staff.get('/api/laws/search?q=')).statusCode).toBe(400);
  });

  it('matches the plain sequential scan on every query (the index loses nothing)', async () => {
    const { searchArticles } = await import('../use-cases/laws/search-articles');
    for (const text of ['离婚', '工资', '劳动合同 解除', '20%', '婚', '第十七条', '法律援助 申请']) {
      const input = { q: text, page: 1, pageSize: 50 };
      const indexed = await searchArticles(t.services, { input }, 'index');
      const scanned = await searchArticles(t.services, { input }, 'scan');
      expect(indexed.total, text).toBe(scanned.total);
      expect(indexed.items, text).toEqual(scanned.items);
    }
  });
});

describe('citations', () => {
  it('links a rule source to its article', async () => {
    const reply = await staff.get(
      `/api/laws/citations?source=${encodeURIComponent('法律援助法 第四十三条；办理法律援助案件程序规定 第二十四条')}`,
    );
    expect(reply.statusCode).toBe(200);
    const [aid, rules] = reply.json().citations;
    expect(aid).toMatchObject({
      instrumentTitle: '法律援助法',
      instrument: { shortTitle: '法律援助法' },
      article: { key: '43', label: '第四十三条' },
    });
    expect(aid.article.text).toContain('七日内进行审查');
    expect(rules).toMatchObject({
      instrumentTitle: '办理法律援助案件程序规定',
      instrument: null,
      article: null,
    });
  });

  it('finds the Civil Code book holding the article, and the current version of an amended law', async () => {
    const civil = (
      await staff.get(
        `/api/laws/citations?source=${encodeURIComponent('《中华人民共和国民法典》第一千零七十九条')}`,
      )
    ).json();
    expect(civil.citations[0]).toMatchObject({
      instrument: { subtitle: '婚姻家庭编' },
      article: { key: '1079' },
    });
    const review = (
      await staff.get(`/api/laws/citations?source=${encodeURIComponent('行政复议法 第三十条')}`)
    ).json();
    expect(review.citations[0].instrument).toMatchObject({ versionDate: '2023-09-01', status: 'current' });
    const missing = (
      await staff.get(`/api/laws/citations?source=${encodeURIComponent('法律援助法 第九百条')}`)
    ).json();
    expect(missing.citations[0]).toMatchObject({ instrument: { shortTitle: '法律援助法' }, article: null });
  });

  it('resolves a page of citations in one request, in the order given, each as the single route does', async () => {
    const sources = [
      '法律援助法 第四十三条',
      '司法鉴定程序通则 第二十八条',
      '法律援助法 第四十三条',
      '法律援助法 第九百条',
    ];
    const reply = await staff.post('/api/laws/citations/resolve', { sources });
    expect(reply.statusCode).toBe(200);
    const { results } = reply.json();
    expect(results.map((r: { source: string }) => r.source)).toEqual(sources);
    for (const [i, source] of sources.entries()) {
      const single = (await staff.get(`/api/laws/citations?source=${encodeURIComponent(source)}`)).json();
      expect(results[i].citations, source).toEqual(single.citations);
    }
    expect(results[0].citations[0].article).toMatchObject({ key: '43' });
    expect(results[1].citations[0].instrument).toBeNull();
    const tooMany = await staff.post('/api/laws/citations/resolve', {
      sources: Array.from({ length: 51 }, (_, i) => `法律援助法 第${i + 1}条`),
    });
    expect(tooMany.statusCode).toBe(400);
    expect((await staff.post('/api/laws/citations/resolve', { sources: [] })).statusCode).toBe(400);
  });

  it('answers 404 for an unknown instrument or article, 400 for a malformed key', async () => {
    expect((await staff.get('/api/laws/instruments/0123456789ab')).statusCode).toBe(404);
    const list = (await staff.get(`/api/laws/instruments?${q('法律援助法')}`)).json();
    expect((await staff.get(`/api/laws/instruments/${list.items[0].id}/articles/999`)).statusCode).toBe(404);
    expect((await staff.get(`/api/laws/instruments/${list.items[0].id}/articles/abc`)).statusCode).toBe(400);
    expect((await staff.get(`/api/laws/instruments/${list.items[0].id}/articles/p0`)).statusCode).toBe(200);
  });

  it('is for logged-in users only', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/api/laws/search?${q('工资')}` })).statusCode).toBe(
      401,
    );
  });
});
