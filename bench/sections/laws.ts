import { importLaws } from '../../server/laws/import-laws';
import { type SearchStrategy, searchArticles } from '../../server/use-cases/laws/search-articles';
import { formatMs, type Measurement } from '../lib/measure';
import type { BenchSection } from '../lib/section';

/** The target: p95 of a law search under this many ms on the full corpus. */
const TARGET_P95_MS = 50;
const QUERIES = 200;

/**
 * Words people bring to a legal service hall (labour, family, housing, debts, accidents, procedure), plus a
 * few that fill a third of the corpus (规定, 国家, 人民法院) so the worst case is in the sample too.
 */
const WORDS = (
  '离婚 工资 劳动合同 加班费 法律援助 赔偿 抚养 继承 遗嘱 租赁 房屋 借款 利息 工伤 社会保险 行政复议 诉讼时效 ' +
  '仲裁 调解 公证 鉴定 未成年人 消费者 违约金 定金 担保 抵押 侵权 名誉权 隐私 个人信息 交通事故 医疗 ' +
  '产品质量 征收 补偿 宅基地 婚姻 彩礼 家庭暴力 赡养 监护 收养 债务 破产 股东 保险 罚款 拘留 吊销 执行 上诉 ' +
  '再审 证据 管辖 送达 辩护 逮捕 缓刑 诈骗 盗窃 故意伤害 环境污染 食品安全 网络 户口 律师 失业 养老 女职工 ' +
  '残疾人 老年人 农民工 试用期 经济补偿 解除 竞业限制 休假 工作时间 最低工资 拖欠 欠薪 规定 国家 人民法院'
).split(' ');

/** 200 queries of one to four distinct words, the same in every run (a fixed linear congruential sequence). */
export function benchQueries(count = QUERIES): string[] {
  let seed = 20_260_316;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  return Array.from({ length: count }, () => {
    const words = new Set<string>();
    const n = 1 + Math.floor(next() * 4);
    while (words.size < n) words.add(WORDS[Math.floor(next() * WORDS.length)]!);
    return [...words].join(' ');
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

interface Timings {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  hits: number;
}

function summarise(times: number[], hits: number): Timings {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: times.reduce((s, t) => s + t, 0) / times.length,
    hits,
  };
}

function row(label: string, t: Timings): Measurement {
  return {
    label,
    requestsPerSecond: 1000 / t.mean,
    ok: QUERIES,
    total: QUERIES,
    p50: t.p50,
    p99: t.p99,
    non2xx: 0,
    errors: 0,
    timeouts: 0,
    statusCodes: {},
  };
}

/**
 * Law search on the full corpus (1,563 instruments, ~70,000 articles): 200 one- to four-word queries, one
 * at a time, first page of 20 ranked and highlighted hits with the total. (l1) through the GIN index on
 * character pairs, as the API runs it; (l2) the same search with ILIKE on every row (no index, bitmap and
 * index scans off): the plain sequential scan the index replaces; (l3) (l1) over HTTP (session, JSON).
 */
export const lawsSection: BenchSection = {
  name: 'laws',
  title: 'Law library: full-text search, 200 queries one at a time (req/s = 1 client)',
  async run({ lawhall, say }) {
    say('  importing the law corpus (data-sources/laws)…');
    const imported = await importLaws(lawhall.services.db, {
      log: (line) => {
        // Progress lines only when done (已导入 N/N); every other line as it comes.
        if (!line.includes('已导入') || /已导入 (\d+)\/\1 /.test(line)) say(`    ${line}`);
      },
    });
    say(`  ${imported.instruments} instruments, ${imported.articles} articles and passages`);
    const queries = benchQueries();
    const run = async (strategy: SearchStrategy) => {
      const times: number[] = [];
      let hits = 0;
      for (const q of queries.slice(0, 20))
        await searchArticles(lawhall.services, { input: { q, page: 1, pageSize: 20 } }, strategy);
      for (const q of queries) {
        const started = performance.now();
        const result = await searchArticles(
          lawhall.services,
          { input: { q, page: 1, pageSize: 20 } },
          strategy,
        );
        times.push(performance.now() - started);
        hits += result.total;
      }
      return summarise(times, hits);
    };
    const indexed = await run('index');
    const scanned = await run('scan');
    if (indexed.hits !== scanned.hits)
      throw new Error(`index and scan disagree: ${indexed.hits} vs ${scanned.hits} hits`);

    const session = await lawhall.login();
    const httpTimes: number[] = [];
    for (const q of queries) {
      const started = performance.now();
      const response = await fetch(`${lawhall.url}/api/laws/search?q=${encodeURIComponent(q)}`, {
        headers: session.headers,
      });
      await response.text();
      if (response.status !== 200) throw new Error(`search ${q} → ${response.status}`);
      httpTimes.push(performance.now() - started);
    }
    const http = summarise(httpTimes, indexed.hits);

    say('');
    say('  law search                          p50        p95        p99   hits (sum of totals)');
    for (const [label, t] of [
      ['(l1) GIN index on character pairs', indexed],
      ['(l2) sequential scan, ILIKE', scanned],
      ['(l3) (l1) over HTTP', http],
    ] as const)
      say(
        `  ${label.padEnd(34)}${formatMs(t.p50).padStart(9)}  ${formatMs(t.p95).padStart(9)}  ${formatMs(t.p99).padStart(9)}   ${t.hits}`,
      );
    say(
      `  scan / index: p50 ${(scanned.p50 / indexed.p50).toFixed(1)}×, p95 ${(scanned.p95 / indexed.p95).toFixed(1)}×; ` +
        `target p95 < ${TARGET_P95_MS} ms: ${indexed.p95 < TARGET_P95_MS ? 'met' : 'NOT met'} (${formatMs(indexed.p95)})`,
    );
    return [
      row('(l1) search, GIN index (use case)', indexed),
      row('(l2) search, sequential scan (use case)', scanned),
      row('(l3) GET /api/laws/search (HTTP)', http),
    ];
  },
};
