import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildXlsx, contentDisposition, neutralise, sheet } from './xlsx';

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
