import { beijingWallTimeOf } from '@core/calendar';
import ExcelJS from 'exceljs';

/**
 * The one way lawhall writes spreadsheets (.xlsx, exceljs), for every export:
 *
 * - Identifiers stay text: a column of kind 'text' (ID numbers, phone numbers, licence numbers, ticket and
 *   matter numbers) is written as a string cell with the text format '@', so Excel never turns
 *   150202199001011234 into 1.50202E+17 or drops a leading zero.
 * - Formula injection (CSV/spreadsheet injection, OWASP): a string that starts with = + - @ (or a tab or
 *   carriage return) gets a leading apostrophe, so no spreadsheet program reads it as a formula. Real
 *   numbers (JavaScript numbers, e.g. -3) are written as numbers and never touched.
 * - Date-times are Beijing wall time (Asia/Shanghai), whatever the process TZ: an Excel date has no time
 *   zone and exceljs writes a JavaScript Date as its UTC clock, so an instant would show 8 h early. Every
 *   Date (kind 'date', or a Date in an 'auto' column) is written as a real Excel date (sortable,
 *   filterable) whose clock reads the Beijing time of the instant, formatted yyyy-mm-dd hh:mm. Business
 *   dates (`YYYY-MM-DD` strings) are not instants: pass them as kind 'text', they stay as they are.
 * - Rows are written in the order given: callers pass the list's own stable order (api-conventions).
 * - `contentDisposition` names the download in Chinese per RFC 6266 / RFC 5987 (`filename*=UTF-8''…`)
 *   with an ASCII fallback, which Chromium, Firefox and Safari all honour.
 */

export type CellValue = string | number | boolean | Date | null | undefined;

export interface XlsxColumn<T> {
  header: string;
  /**
   * 'text' forces a string cell formatted as text; 'number' a number; 'percent' a fraction (0.583) shown
   * as a percentage (58.3%), the number kept for sums and charts; 'date' an instant written as a Beijing
   * date-time (yyyy-mm-dd hh:mm). Business dates (YYYY-MM-DD) are 'text'.
   */
  kind?: 'text' | 'number' | 'percent' | 'date' | 'auto';
  width?: number;
  value: (row: T) => CellValue;
}

export interface XlsxSheet<T> {
  name: string;
  columns: XlsxColumn<T>[];
  rows: readonly T[];
}

const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';
/** One decimal, as the dashboard shows rates (58.3%). */
const PERCENT_FORMAT = '0.0%';
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The value as it goes into a cell: strings starting with = + - @ (tab, CR) prefixed with an apostrophe;
 * numbers, booleans, dates and empty values unchanged.
 */
export function neutralise(value: CellValue): CellValue {
  if (typeof value === 'string' && FORMULA_START.test(value)) return `'${value}`;
  return value;
}

/**
 * The Excel cell value of an instant: a Date whose UTC clock reads the instant's Beijing wall time (what
 * exceljs turns into the Excel serial). Invalid dates become empty cells.
 */
export function excelBeijingTime(instant: Date): Date | null {
  if (Number.isNaN(instant.getTime())) return null;
  return new Date(`${beijingWallTimeOf(instant)}Z`);
}

function cellOf<T>(column: XlsxColumn<T>, row: T): CellValue {
  const raw = column.value(row);
  if (raw === null || raw === undefined) return null;
  switch (column.kind ?? 'auto') {
    case 'text':
      return neutralise(String(raw));
    case 'number':
    case 'percent':
      return typeof raw === 'number' ? raw : Number(raw);
    case 'date':
      return excelBeijingTime(raw instanceof Date ? raw : new Date(String(raw)));
    default:
      return raw instanceof Date ? excelBeijingTime(raw) : neutralise(raw);
  }
}

/** A sheet with its cells computed (types erased, so sheets of different rows go in one workbook). */
export interface PreparedSheet {
  name: string;
  columns: { header: string; kind: XlsxColumn<unknown>['kind']; width: number | undefined }[];
  cells: CellValue[][];
}

/** Computes the cells of a sheet, row by row in the given order. */
export function sheet<T>(s: XlsxSheet<T>): PreparedSheet {
  return {
    name: s.name,
    columns: s.columns.map((c) => ({ header: c.header, kind: c.kind, width: c.width })),
    cells: s.rows.map((row) => s.columns.map((c) => cellOf(c, row))),
  };
}

/**
 * A workbook with one worksheet per sheet (names cut to Excel's 31 characters, made unique), a bold
 * frozen header row and the rows in the given order. Returns the .xlsx bytes.
 */
export async function buildXlsx(sheets: readonly PreparedSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'lawhall';
  const used = new Set<string>();
  for (const prepared of sheets) {
    const base = prepared.name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet';
    let name = base;
    for (let i = 2; used.has(name); i++) name = `${base.slice(0, 27)}(${i})`;
    used.add(name);
    const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = prepared.columns.map((c) => ({
      header: c.header,
      width: c.width ?? Math.max(10, Math.min(40, c.header.length * 2 + 4)),
      style:
        c.kind === 'text'
          ? { numFmt: '@' }
          : c.kind === 'date'
            ? { numFmt: DATE_TIME_FORMAT }
            : c.kind === 'percent'
              ? { numFmt: PERCENT_FORMAT }
              : {},
    }));
    ws.getRow(1).font = { bold: true };
    for (const cells of prepared.cells) {
      const row = ws.addRow(cells);
      // A Date in an 'auto' column gets the date-time format too (a bare serial would show as a number).
      cells.forEach((value, i) => {
        if (value instanceof Date && prepared.columns[i]?.kind !== 'date')
          row.getCell(i + 1).numFmt = DATE_TIME_FORMAT;
      });
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * `attachment; filename="<ascii>"; filename*=UTF-8''<percent-encoded>` (RFC 6266 §4.3, RFC 5987): the
 * ASCII fallback replaces every non-ASCII or unsafe character with '_'.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
