import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  buildXlsx,
  contentDisposition,
  displayWidth,
  MAX_COLUMN_WIDTH,
  MIN_COLUMN_WIDTH,
  neutralise,
  sheet,
} from './xlsx';

interface Row {
  id: string;
  phone: string;
  note: string;
  amount: number;
}

async function read(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

describe('xlsx exports', () => {
  it('keeps an 18-digit ID and a phone number as text, neutralises formulas, keeps negative numbers', async () => {
    const rows: Row[] = [
      { id: '150202199001011234', phone: '13812345678', note: '=HYPERLINK("http://x")', amount: -3.5 },
      { id: '15020219900101123X', phone: '04715551234', note: '-1+2', amount: 0 },
      { id: '150202200001010018', phone: '+8613812345678', note: '@SUM(A1)', amount: 12 },
    ];
    const buffer = await buildXlsx([
      sheet({
        name: '明细',
        columns: [
          { header: '身份证号', kind: 'text', value: (r: Row) => r.id },
          { header: '电话', kind: 'text', value: (r: Row) => r.phone },
          { header: '备注', value: (r: Row) => r.note },
          { header: '金额', kind: 'number', value: (r: Row) => r.amount },
        ],
        rows,
      }),
    ]);
    const ws = (await read(buffer)).getWorksheet('明细')!;
    expect(ws.getRow(1).values).toEqual([undefined, '身份证号', '电话', '备注', '金额']);
    expect(ws.getCell('A2').value).toBe('150202199001011234');
    expect(ws.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('A2').numFmt).toBe('@');
    expect(ws.getCell('A3').value).toBe('15020219900101123X');
    expect(ws.getCell('B3').value).toBe('04715551234');
    expect(ws.getCell('B4').value).toBe("'+8613812345678");
    expect(ws.getCell('C2').value).toBe('\'=HYPERLINK("http://x")');
    expect(ws.getCell('C2').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('C3').value).toBe("'-1+2");
    expect(ws.getCell('C4').value).toBe("'@SUM(A1)");
    expect(ws.getCell('D2').value).toBe(-3.5);
    expect(ws.getCell('D2').type).toBe(ExcelJS.ValueType.Number);
    // Stable order: rows come out as they went in.
    expect([2, 3, 4].map((n) => ws.getCell(`A${n}`).value)).toEqual(rows.map((r) => r.id));
  });

  it('writes instants as Beijing wall time (not UTC), whatever the process TZ; business dates stay text', async () => {
    interface Event {
      day: string;
      at: Date | string;
      also: Date;
    }
    const rows: Event[] = [
      // 01:30 UTC = 09:30 Beijing; 16:10 UTC = 00:10 Beijing the next day.
      { day: '2026-03-01', at: new Date('2026-03-01T01:30:00Z'), also: new Date('2026-03-01T16:10:00Z') },
      { day: '2026-03-02', at: '2026-03-02T08:05:00+08:00', also: new Date('2026-03-02T00:00:00Z') },
    ];
    const buffer = await buildXlsx([
      sheet({
        name: '时间',
        columns: [
          { header: '业务日期', kind: 'text', value: (r: Event) => r.day },
          { header: '时间', kind: 'date', value: (r: Event) => r.at },
          { header: '另一时间', value: (r: Event) => r.also },
        ],
        rows,
      }),
    ]);
    const ws = (await read(buffer)).getWorksheet('时间')!;
    const wall = (ref: string) => {
      const cell = ws.getCell(ref);
      expect(cell.type).toBe(ExcelJS.ValueType.Date);
      expect(cell.numFmt).toBe('yyyy-mm-dd hh:mm');
      // An Excel date has no zone: exceljs reads its clock back as UTC.
      return (cell.value as Date).toISOString().slice(0, 16);
    };
    expect(ws.getCell('A2').value).toBe('2026-03-01');
    expect(ws.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(wall('B2')).toBe('2026-03-01T09:30');
    expect(wall('C2')).toBe('2026-03-02T00:10');
    expect(wall('B3')).toBe('2026-03-02T08:05');
    expect(wall('C3')).toBe('2026-03-02T08:00');
  });

  it('styles, freezes and filters the header and fits each column to its longest cell (CJK twice as wide)', async () => {
    interface Line {
      unit: string;
      code: string;
      count: number;
      rate: number;
      note: string;
    }
    const longChinese = '包头市昆都仑区公共法律服务中心法律援助工作站';
    const rows: Line[] = [
      {
        unit: longChinese,
        code: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        count: 3,
        rate: 0.5833,
        note: '长'.repeat(200),
      },
      { unit: '青山区', code: 'A1', count: 12, rate: 1, note: '' },
    ];
    const buffer = await buildXlsx([
      sheet({
        name: '宽度',
        columns: [
          { header: '单位', value: (r: Line) => r.unit },
          { header: 'Code', kind: 'text', value: (r: Line) => r.code },
          { header: '数', kind: 'number', value: (r: Line) => r.count },
          { header: '满意率', kind: 'percent', value: (r: Line) => r.rate },
          { header: '意见', value: (r: Line) => r.note },
        ],
        rows,
      }),
      sheet({ name: '空表', columns: [{ header: '单位', value: (r: Line) => r.unit }], rows: [] as Line[] }),
    ]);
    const workbook = await read(buffer);
    const ws = workbook.getWorksheet('宽度')!;
    // Header: bold, a light solid fill, a bottom border; every header cell, no cell beyond the table.
    for (const ref of ['A1', 'B1', 'C1', 'D1', 'E1']) {
      const cell = ws.getCell(ref);
      expect(cell.font?.bold, ref).toBe(true);
      expect(cell.fill, ref).toMatchObject({
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: 'FFDDEBF7' },
      });
      expect(cell.border?.bottom?.style, ref).toBe('thin');
    }
    expect(ws.getCell('F1').fill).toBeUndefined();
    expect(ws.getCell('A2').font?.bold).toBeFalsy();
    // The header row is frozen and carries an autofilter over exactly the columns of the table.
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
    expect(ws.autoFilter).toBe('A1:E1');
    // Widths: the long Chinese unit is wider than a short number and wider than 26 Latin letters (its 22
    // characters count 44); very long text is capped; a short number column keeps the minimum.
    const width = (n: number) => ws.getColumn(n).width!;
    expect(width(1)).toBe(displayWidth(longChinese) + 2);
    expect(displayWidth(longChinese)).toBe(44);
    expect(width(1)).toBeGreaterThan(width(2));
    expect(width(2)).toBe(26 + 2);
    expect(width(3)).toBe(MIN_COLUMN_WIDTH);
    expect(width(1)).toBeGreaterThan(width(3));
    expect(width(5)).toBe(MAX_COLUMN_WIDTH);
    // Number formats are kept: the rate is still a number shown as a percentage.
    expect([ws.getCell('D2').value, ws.getCell('D2').numFmt]).toEqual([0.5833, '0.0%']);
    expect(ws.getCell('C3').value).toBe(12);
    // An empty sheet still has its styled, frozen, filtered header, as wide as the header needs.
    const empty = workbook.getWorksheet('空表')!;
    expect(empty.getCell('A1').value).toBe('单位');
    expect(empty.getCell('A1').font?.bold).toBe(true);
    expect(empty.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(empty.autoFilter).toBe('A1:A1');
    expect(empty.getColumn(1).width).toBe(MIN_COLUMN_WIDTH);
  });

  it('counts CJK characters and fullwidth punctuation as two units, the longest line of a cell', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('法律援助')).toBe(8);
    expect(displayWidth('（第1号）')).toBe(9);
    expect(displayWidth('短\n一行更长的文字')).toBe(14);
    expect(displayWidth('')).toBe(0);
  });

  it('neutralises only text', () => {
    expect(neutralise(-5)).toBe(-5);
    expect(neutralise('-5')).toBe("'-5");
    expect(neutralise('\tcmd')).toBe("'\tcmd");
    expect(neutralise('正常文本')).toBe('正常文本');
    expect(neutralise(null)).toBeNull();
  });

  it('names a Chinese download per RFC 6266/5987 with an ASCII fallback', () => {
    const header = contentDisposition('数据看板-取号明细 (2026-03).xlsx');
    expect(header).toBe(
      `attachment; filename="____-____ (2026-03).xlsx"; filename*=UTF-8''${encodeURIComponent('数据看板-取号明细')}%20%282026-03%29.xlsx`,
    );
    expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe('数据看板-取号明细 (2026-03).xlsx');
  });
});
