/**
 * `npm run generate:province -- --database-url postgres://user@host:5432/lawhall_province [--scale 0.01]
 * [--years 5] [--cities 12] [--counties 10] [--drop]`: writes an invented province-sized history into a
 * SEPARATE database (created when missing, migrated), for the dashboard's scale tests. Scale 1 is about
 * 2 million legal-aid matters and 7 million tickets over five years (rows generated inside PostgreSQL: see
 * server/seed/province); try 0.01 first.
 * `--drop` drops the database afterwards (a dry run of the generator).
 */
import { parseArgs } from 'node:util';
import { businessDateOf } from '@core/calendar';
import pg from 'pg';
import { migrateDatabase, openDatabase } from '../server/db/client';
import { generateProvince, PROVINCE_DEFAULTS } from '../server/seed/province/generate-province';

const say = (line: string) => process.stdout.write(`${line}\n`);
const { values } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    scale: { type: 'string', default: String(PROVINCE_DEFAULTS.scale) },
    years: { type: 'string', default: String(PROVINCE_DEFAULTS.years) },
    cities: { type: 'string', default: String(PROVINCE_DEFAULTS.cities) },
    counties: { type: 'string', default: String(PROVINCE_DEFAULTS.countiesPerCity) },
    drop: { type: 'boolean', default: false },
  },
});
const url = values['database-url'];
const number = (name: string, value: string, min: number, max: number) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) {
    say(`--${name} 应在 ${min} 到 ${max} 之间`);
    process.exit(2);
  }
  return n;
};
if (!url) {
  say(
    '用法：npm run generate:province -- --database-url postgres://user@host:5432/lawhall_province [--scale 0.01]',
  );
  process.exit(2);
}
const scale = number('scale', values.scale, 0.0001, 10);
const years = number('years', values.years, 0.01, 10);
const cities = number('cities', values.cities, 1, 50);
const counties = number('counties', values.counties, 0, 30);

const target = new URL(url);
const dbName = decodeURIComponent(target.pathname.slice(1));
if (!/^[a-z_][a-z0-9_]*$/.test(dbName)) {
  say('数据库名只能含小写字母、数字和下划线');
  process.exit(2);
}
const admin = new URL(url);
admin.pathname = '/postgres';
const maintenance = new pg.Client({ connectionString: admin.toString() });
await maintenance.connect();
const exists = await maintenance.query('select 1 from pg_database where datname = $1', [dbName]);
if (exists.rowCount === 0) await maintenance.query(`create database ${dbName}`);
const { db, pool } = openDatabase(url, { max: 2 });
try {
  await migrateDatabase(pool);
  say(`生成模拟省级数据：${cities} 个市 × ${counties} 个旗县区，${years} 年，规模 ${scale} → ${dbName}`);
  const report = await generateProvince(db, {
    scale,
    years,
    cities,
    countiesPerCity: counties,
    today: businessDateOf(new Date()),
    log: say,
  });
  say(
    `完成：取号 ${report.tickets} 张（操作记录 ${report.ticketActions} 条），法律援助 ${report.matters} 件，评价 ${report.evaluations} 条，讲座 ${report.lectures} 场，用时 ${report.seconds} 秒；省级根机构 ${report.rootId}`,
  );
} finally {
  await pool.end();
  if (values.drop) {
    await maintenance.query(`drop database if exists ${dbName}`);
    say(`已删除数据库 ${dbName}`);
  }
  await maintenance.end();
}
