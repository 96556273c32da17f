import { beijingWallTimeOf } from '@core/calendar';
import ExcelJS from 'exceljs';
import { eastAsianWidth } from 'get-east-asian-width';

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
 * - One look for every sheet: the header row bold on a light fill with a bottom border, frozen, with an
 *   autofilter; each column as wide as its longest cell (CJK characters count as two; 8..60 units).
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
  /** A fixed width in Excel character units; by default the width is fitted to the content. */
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

/** Column widths (Excel character units) never go below or above these, whatever the content. */
export const MIN_COLUMN_WIDTH = 8;
export const MAX_COLUMN_WIDTH = 60;
/** Room for the header's autofilter button (about two characters) and the bold header. */
const HEADER_EXTRA = 3;
/** Room either side of the longest cell. */
const CELL_PADDING = 2;
/** The whole header row: bold, a light grey-blue fill and a thin bottom border. */
const HEADER_FONT = { bold: true };
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } } as const;
const HEADER_BORDER = { bottom: { style: 'thin', color: { argb: 'FF8EA9C1' } } } as const;

/**
 * How wide a text shows, in Excel character units: characters of East Asian Width Wide or Fullwidth (CJK
 * ideographs and punctuation, kana, Hangul, fullwidth forms; Unicode UAX #11 by get-east-asian-width) count 2,
 * others 1; the longest line.
 */
export function displayWidth(text: string): number {
  let widest = 0;
  for (const line of text.split(/\r?\n/)) {
    let width = 0;
    for (const char of line) width += eastAsianWidth(char.codePointAt(0)!);
    if (width > widest) widest = width;
  }
  return widest;
}

/** The text a cell shows, as far as its width goes (numbers as Excel's General or 0.0% shows them). */
function shownText(value: CellValue, kind: XlsxColumn<unknown>['kind']): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return DATE_TIME_FORMAT;
  if (typeof value === 'number') {
    if (kind === 'percent') return `${(value * 100).toFixed(1)}%`;
    // General shows at most 11 characters (more digits become fewer decimals or an exponent).
    return String(value).slice(0, 11);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}

/**
 * A column's width fitted to its content: the widest of its header (plus room for the filter button) and
 * its cells, plus padding, kept within MIN_COLUMN_WIDTH..MAX_COLUMN_WIDTH (longer text is cut off at the
 * edge, as in any spreadsheet; the cell keeps all of it).
 */
export function fittedWidth(
  header: string,
  kind: XlsxColumn<unknown>['kind'],
  values: Iterable<CellValue>,
): number {
  let widest = displayWidth(header) + HEADER_EXTRA;
  for (const value of values) {
    const width = displayWidth(shownText(value, kind)) + CELL_PADDING;
    if (width > widest) widest = width;
  }
  return Math.max(MIN_COLUMN_WIDTH, Math.min(MAX_COLUMN_WIDTH, widest));
}

/**
 * A workbook with one worksheet per sheet (names cut to Excel's 31 characters, made unique) and the rows
 * in the given order. Every sheet gets the same look: a header row in bold on a light fill with a bottom
 * border, frozen (it stays on screen while scrolling), an autofilter over it, and column widths fitted to
 * the longest cell (CJK characters counted twice as wide; 8..60) unless a column gives its own width.
 * Returns the .xlsx bytes.
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
    const ws = workbook.addWorksheet(name, {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    });
    ws.columns = prepared.columns.map((c, i) => ({
      header: c.header,
      width:
        c.width ??
        fittedWidth(
          c.header,
          c.kind,
          prepared.cells.map((cells) => cells[i]),
        ),
      style:
        c.kind === 'text'
          ? { numFmt: '@' }
          : c.kind === 'date'
            ? { numFmt: DATE_TIME_FORMAT }
            : c.kind === 'percent'
              ? { numFmt: PERCENT_FORMAT }
              : {},
    }));
    // The header cells only (a row style would also paint the empty cells right of the table).
    const header = ws.getRow(1);
    for (let i = 1; i <= prepared.columns.length; i++) {
      const cell = header.getCell(i);
      cell.font = HEADER_FONT;
      cell.fill = HEADER_FILL;
      cell.border = HEADER_BORDER;
      cell.alignment = { vertical: 'middle' };
    }
    if (prepared.columns.length > 0)
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: prepared.columns.length } };
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
