/**
 * The leadership dashboard's exports on the hand-made history of dashboard-test-kit.ts: the lists as .xlsx,
 * every chart as one workbook, and the monthly report as .docx.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../test/app';
import { buildDashboardTestApp, type DashboardTestApp, PERIOD } from './dashboard-test-kit';

let t: DashboardTestApp;
let leader: TestClient;
let countyLeader: TestClient;
let cityId: string;
let countyId: string;

beforeAll(async () => {
  t = await buildDashboardTestApp();
  ({ leader, countyLeader, cityId, countyId } = t);
});
afterAll(async () => {
  await t?.close();
});

describe('exports', () => {
  it('exports the list behind a chart as .xlsx: same rows, same order, identifiers as text, Chinese name', async () => {
    const r = await leader.get(`/api/dashboard/export/tickets?${PERIOD}&serviceCode=consultation`);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['content-type']).toContain('spreadsheetml');
    const disposition = String(r.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(
      '数据看板-取号办件明细-包头市司法局-2026-03-01至2026-03-17.xlsx',
    );
    // Narrowed to a unit, the file says which.
    const county = await leader.get(`/api/dashboard/export/legal-aid?${PERIOD}&unitId=${countyId}`);
    expect(county.statusCode, county.body).toBe(200);
    expect(decodeURIComponent(String(county.headers['content-disposition']).split("UTF-8''")[1]!)).toBe(
      '数据看板-法律援助事项明细-东河区司法局-2026-03-01至2026-03-17.xlsx',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(5);
    expect([2, 3, 4, 5].map((n) => sheet.getCell(`B${n}`).value)).toEqual(['A002', 'A001', 'A002', 'A001']);
    expect(sheet.getCell('K5').value).toBe('1502**********1234');
    expect(sheet.getCell('K5').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('I5').value).toBe(10);
    // Codes go out as their labels: the status 已办结, not `finished`.
    expect(sheet.getCell('G1').value).toBe('状态');
    expect(sheet.getCell('G5').value).toBe('已办结');
    // The header row is bold on a light fill with a bottom border, frozen, with an autofilter; the long
    // Chinese center name (包头市公共法律服务中心) makes its column wider than the window number's.
    expect(sheet.getCell('C1').font?.bold).toBe(true);
    expect(sheet.getCell('C1').fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(sheet.getCell('C1').border?.bottom?.style).toBe('thin');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:K1');
    expect(sheet.getCell('C2').value).toBe('包头市公共法律服务中心');
    expect(sheet.getColumn(3).width).toBeGreaterThanOrEqual(22);
    expect(sheet.getColumn(3).width).toBeGreaterThan(sheet.getColumn(6).width!);
  });

  /** The columns of an export's first sheet, by header. */
  const load = async (url: string) => {
    const r = await leader.get(url);
    expect(r.statusCode, r.body).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    return (name: string) => {
      expect(header).toContain(name);
      return Array.from(
        { length: sheet.rowCount - 1 },
        (_, i) => sheet.getRow(i + 2).getCell(header.indexOf(name)).value,
      );
    };
  };
  /** An Excel date-time cell's clock (Excel dates have no zone; exceljs reads them back as UTC). */
  const clock = (v: unknown) => (v as Date).toISOString().slice(0, 16).replace('T', ' ');

  it('writes every instant as Beijing wall time, whatever the process TZ', async () => {
    const tickets = await load(`/api/dashboard/export/tickets?${PERIOD}&serviceCode=consultation`);
    // A001 of 2026-03-16 was issued at 09:00 Beijing (01:00 UTC).
    expect(tickets('取号时间').map(clock)).toContain('2026-03-16 09:00');
    expect(tickets('取号时间').map(clock)).not.toContain('2026-03-16 01:00');
    const matters = await load(`/api/dashboard/export/legal-aid?${PERIOD}`);
    const applied = Object.fromEntries(matters('案号').map((n, i) => [n, clock(matters('申请时间')[i])]));
    expect(applied['包法援〔2026〕第0002号']).toBe('2026-03-02 10:00');
    expect(applied['东法援〔2026〕第0001号']).toBe('2026-03-16 09:00');
  });

  it('labels deadline results, 不适用 with its reason, and rating levels (no codes)', async () => {
    const matters = await load(`/api/dashboard/export/legal-aid?${PERIOD}`);
    const row = (number: string, column: string) => matters(column)[matters('案号').indexOf(number)];
    expect(row('包法援〔2026〕第0002号', '审批期限（7日）')).toBe('超期');
    expect(row('包法援〔2026〕第0002号', '指派期限（3日）')).toBe('按期');
    expect(row('包法援〔2026〕第0004号', '指派期限（3日）')).toMatch(/^不适用（未给予法律援助/);
    expect(row('包法援〔2026〕第0003号', '五个当天')).toBe('不适用');
    expect(row('包法援〔2026〕第0001号', '五个当天')).toBe('达成');
    const all = [...matters('五个当天'), ...matters('审批期限（7日）'), ...matters('指派期限（3日）')];
    expect(all.join()).not.toMatch(/n\/a|met|breached|pending|按期\/达成/);
    const ratings = await load(`/api/dashboard/export/evaluations?${PERIOD}`);
    expect(new Set(ratings('评价等级'))).toEqual(new Set(['非常满意', '不满意', '满意', '非常不满意']));
  });

  it('writes labels, not codes, in the legal-aid and rating exports (priority groups, rectification status)', async () => {
    const matters = await load(`/api/dashboard/export/legal-aid?${PERIOD}&priorityGroup=elderly`);
    expect(matters('重点群体')).toHaveLength(2);
    expect(matters('重点群体').every((v) => String(v).includes('老年人'))).toBe(true);
    expect(matters('重点群体').join()).not.toContain('elderly');
    const ratings = await load(`/api/dashboard/export/evaluations?${PERIOD}&overdue=true`);
    expect(ratings('整改状态')).toEqual(['待回访']);
  });

  it('exports every chart as one workbook, and refuses a county leader the city', async () => {
    const r = await leader.get(`/api/dashboard/export/figures?${PERIOD}`);
    expect(r.statusCode, r.body).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toContain('法援按重点群体');
    const units = workbook.getWorksheet('各单位办件')!;
    expect(units.getCell('A2').value).toBe('包头市司法局');
    expect(units.getCell('B2').value).toBe(6);
    // The five same-day pie and the rectification bars, every slice and bar (the figures of the legal-aid
    // and satisfaction tests above).
    const rows = (name: string) =>
      workbook
        .getWorksheet(name)!
        .getSheetValues()
        .slice(1)
        .map((row) => (row as unknown[]).slice(1));
    expect(rows('五个当天')).toEqual([
      ['结果', '数量'],
      ['达成', 2],
      ['未达成', 2],
      ['今日进行中', 0],
      ['不适用', 1],
    ]);
    expect(rows('差评整改')).toEqual([
      ['整改状态', '数量'],
      ['待回访', 1],
      ['已回访，整改中', 0],
      ['已整改，待群众复评', 0],
      ['已办结', 1],
    ]);
    // The deadline chart's three parts per unit: over the units, the totals of the legal-aid test above.
    const [header, ...aidRows] = rows('法援各单位') as [string[], ...unknown[][]];
    const unitRows = aidRows.slice(0, -1);
    expect(header).toEqual(expect.arrayContaining(['审批未到期', '指派未到期']));
    const total = (column: string) =>
      unitRows.reduce((sum: number, row) => sum + Number(row[header.indexOf(column)] ?? 0), 0);
    expect(['审批按期', '审批超期', '审批未到期', '指派按期', '指派超期', '指派未到期'].map(total)).toEqual([
      3, 2, 0, 3, 0, 0,
    ]);
    // Each sheet by unit, service or day ends with 合计: the scope's figures, so its counts are the sums of
    // the rows above (the units, services and days split the scope) and its rate is over the whole.
    const counts: Record<string, string[]> = {
      各单位办件: ['取号', '办结', '形成事项', '过号'],
      各事项办件: ['取号', '办结', '形成事项', '过号'],
      // The windows and the row of the tickets no window called split the scope too.
      各窗口办件: ['取号', '办结', '形成事项', '过号'],
      每日办件: ['取号', '办结'],
      法援各单位: [
        '申请',
        '给予',
        '不予',
        '五个当天达成',
        '五个当天未达成',
        '审批按期',
        '审批超期',
        '指派按期',
      ],
      好差评各单位: ['评价数', '差评', '整改', '已整改', '整改超期'],
    };
    for (const [name, columns] of Object.entries(counts)) {
      const [head, ...body] = rows(name) as [string[], ...unknown[][]];
      const totalRow = body.at(-1)!;
      expect(totalRow[0], name).toBe('合计');
      for (const column of columns) {
        const at = head.indexOf(column);
        const sum = body.slice(0, -1).reduce((n: number, row) => n + Number(row[at] ?? 0), 0);
        expect([name, column, Number(totalRow[at] ?? 0)]).toEqual([name, column, sum]);
      }
    }
    const [aidHead] = rows('法援各单位') as [string[]];
    const aidTotal = aidRows.at(-1)!;
    expect(aidTotal[aidHead.indexOf('申请')]).toBeGreaterThan(0);
    expect(aidTotal[aidHead.indexOf('五个当天达成率')]).toBe(0.5);
    // Rates are numbers shown as percentages (50.0%), as the dashboard shows them.
    const rateCell = workbook
      .getWorksheet('法援各单位')!
      .getRow(aidRows.length + 1)
      .getCell(aidHead.indexOf('五个当天达成率') + 1);
    expect([rateCell.value, rateCell.numFmt]).toEqual([0.5, '0.0%']);
    const satisfaction = workbook.getWorksheet('好差评各单位')!;
    expect(satisfaction.getRow(2).getCell(3).numFmt).toBe('0.0%');
    // Every sheet: a styled, frozen header row with an autofilter over its columns.
    for (const ws of workbook.worksheets) {
      const columns = ws.getRow(1).cellCount;
      expect([ws.name, ws.views[0]]).toMatchObject([ws.name, { state: 'frozen', ySplit: 1 }]);
      expect([ws.name, ws.autoFilter]).toEqual([ws.name, `A1:${ws.getColumn(columns).letter}1`]);
      for (let i = 1; i <= columns; i++) {
        const cell = ws.getRow(1).getCell(i);
        expect([ws.name, i, cell.font?.bold, cell.border?.bottom?.style]).toEqual([ws.name, i, true, 'thin']);
        expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
      }
    }
    // Widths follow the content: the windows' long Chinese names are wider than the counts beside them.
    const windowSheet = workbook.getWorksheet('各窗口办件')!;
    expect(String(windowSheet.getCell('A2').value)).toContain('包头市公共法律服务中心');
    const windowLabels = (rows('各窗口办件') as unknown[][]).map((row) => row[0]);
    expect(windowLabels.at(-2)).toBe('未到窗口（等候中取消、关闭或仍在等候）');
    expect(windowSheet.getColumn(1).width).toBeGreaterThan(windowSheet.getColumn(2).width!);
    const refused = await countyLeader.get(`/api/dashboard/export/figures?${PERIOD}&orgId=${cityId}`);
    expect(refused.statusCode).toBe(403);
  });

  it('writes the monthly report as .docx with the key figures', async () => {
    const r = await leader.get('/api/dashboard/report.docx?month=2026-03');
    expect(r.statusCode, r.body).toBe(200);
    expect(r.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect(decodeURIComponent(String(r.headers['content-disposition']).split("UTF-8''")[1]!)).toBe(
      '包头市司法局2026年3月公共法律服务工作报告.docx',
    );
    const xml = documentXml(r.rawPayload);
    expect(xml).toContain('本月受理法律援助申请5件');
    expect(xml).toContain('达成率50.0%');
    const future = await leader.get('/api/dashboard/report.docx?month=2026-05');
    expect(future.statusCode).toBe(400);
    expect(future.json()).toMatchObject({
      code: 'DASHBOARD.MONTH_IN_FUTURE',
      field: 'month',
      message: '该月尚未开始，无法生成报告',
    });
    // A malformed month (no such month, a date, nothing) is a 400 naming the field, in Chinese.
    for (const bad of ['2026-13', '2026-3', '2026-03-01', '']) {
      const malformed = await leader.get(`/api/dashboard/report.docx?month=${bad}`);
      expect(malformed.statusCode, bad).toBe(400);
      expect(malformed.json(), bad).toMatchObject({ field: 'month' });
      expect(malformed.json().message, bad).toMatch(/[\u4e00-\u9fff]/);
    }
    const missing = await leader.get('/api/dashboard/report.docx');
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ field: 'month' });
  });
});

/** word/document.xml of a .docx. */
function documentXml(docx: Buffer): string {
  return strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml']!);
}
