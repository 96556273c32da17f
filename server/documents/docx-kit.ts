import { isIsoDate } from '@core/calendar/iso-date';
import { badInput } from '@core/errors';
import {
  AlignmentType,
  BorderStyle,
  Document,
  type FileChild,
  Footer,
  HeightRule,
  type IFontAttributesProperties,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';

/**
 * Shared typesetting of the hall's official documents (.docx), after GB/T 9704-2012 (党政机关公文格式):
 * A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm, 22 lines of 28 characters; title in 小标宋 二号
 * (22 pt), body in 仿宋 三号 (16 pt), first-level headings in 黑体; page numbers "— 1 —".
 *
 * Fonts: every run names its East Asian font (`w:rFonts w:eastAsia`, with `w:hint="eastAsia"` so
 * shared characters such as '·' and '“”' take it too). A computer without 方正小标宋简体 or
 * 仿宋_GB2312 falls back through the font table's `w:altName` lists (黑体/SimHei, 仿宋/FangSong),
 * which docx cannot write, so the font table is replaced with our own (`FONT_TABLE_XML`).
 */

const LATIN = 'Times New Roman';

function fontOf(eastAsia: string): IFontAttributesProperties {
  return { ascii: LATIN, hAnsi: LATIN, cs: LATIN, eastAsia, hint: 'eastAsia' };
}

/** East Asian fonts and their fallbacks (w:altName, a comma-separated list). */
export const FONTS = {
  title: { name: '方正小标宋简体', altName: '黑体,SimHei', family: 'auto', pitch: 'variable' },
  heading: { name: '黑体', altName: 'SimHei', family: 'modern', pitch: 'fixed' },
  body: { name: '仿宋_GB2312', altName: '仿宋,FangSong', family: 'modern', pitch: 'fixed' },
  pageNumber: { name: '宋体', altName: 'SimSun', family: 'auto', pitch: 'variable' },
} as const;

export const TITLE_FONT = fontOf(FONTS.title.name);
export const HEADING_FONT = fontOf(FONTS.heading.name);
export const BODY_FONT = fontOf(FONTS.body.name);

/** Font sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt. */
export const SIZE = { title: 44, body: 32, small: 28, table: 24 } as const;

/** Exact line pitch of 28.95 pt: 225 mm of 版心 / 22 lines. */
const BODY_LINE = 579;
const LANGUAGE = { value: 'zh-CN', eastAsia: 'zh-CN' } as const;

/** Millimetres to twips, rounded (docx's own helper truncates, giving A4 a twip short). */
export const mm = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);

/** 版心 width: 156 mm. */
export const TEXT_WIDTH = mm(156);

/** A4 (Word's 11906 × 16838 twips) with the GB/T 9704-2012 margins. */
export const PAGE = {
  size: { width: mm(210), height: mm(297) },
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), footer: mm(28) },
};

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The font table with fallbacks; `charset 86` is GB2312, which steers Word's substitution to Chinese fonts. */
export const FONT_TABLE_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="${W_NS}">${[
  ...Object.values(FONTS).map(
    (font) =>
      `<w:font w:name="${font.name}"><w:altName w:val="${font.altName}"/><w:charset w:val="86"/><w:family w:val="${font.family}"/><w:pitch w:val="${font.pitch}"/></w:font>`,
  ),
  `<w:font w:name="${LATIN}"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`,
].join('')}</w:fonts>`;

// XML 1.0 forbids C0 controls other than tab, LF, CR, lone surrogates and U+FFFE/U+FFFF: one of them
// in a name would make Word refuse the whole file. Characters outside the BMP ('𠮷') are kept.
// With the u flag a valid surrogate pair is one code point, so [\uD800-\uDFFF] only matches lone halves.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching the characters XML forbids is the point
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/** Text safe for a document: XML-invalid characters removed. */
export function clean(text: string | undefined | null): string {
  return typeof text === 'string' ? text.replace(XML_INVALID, '') : '';
}

/** Throws a bad-input AppError unless `value` is a non-blank string. */
export function required(value: unknown, field: string, what: string): string {
  if (typeof value !== 'string' || clean(value).trim() === '')
    throw badInput('DOCUMENT.INVALID_INPUT', `${what}不能为空`, field);
  return clean(value).trim();
}

/** '2026-03-02' → '2026年3月2日' (GB/T 9704-2012 7.3.5.1: Arabic numerals, no leading zeros). */
export function chineseDate(date: string, field = 'date'): string {
  if (!isIsoDate(date)) throw badInput('DOCUMENT.INVALID_INPUT', '日期应为 YYYY-MM-DD 格式', field);
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1…99 in Chinese numerals, as statutes write day counts and item numbers: 3 → 三, 30 → 三十, 15 → 十五. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`chineseNumber: 1…99 only, got ${n}`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const head = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return `${head}${ones === 0 ? '' : DIGITS[ones]}`;
}

/** Integer fen as yuan with two decimals: 123456 → '1,234.56'. */
export function yuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`yuan: integer fen expected, got ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * A source string of core ('法律援助法 第四十三条；办理法律援助案件程序规定 第二十四条') as a document
 * cites it: '《中华人民共和国法律援助法》第四十三条；《办理法律援助案件程序规定》第二十四条'.
 */
export function cite(source: string): string {
  return source
    .replace(/法律援助法 ?/gu, '《中华人民共和国法律援助法》')
    .replace(/办理法律援助案件程序规定 ?/gu, '《办理法律援助案件程序规定》');
}

type RunStyle = 'title' | 'heading' | 'body' | 'table';

export function run(
  text: string,
  style: RunStyle = 'body',
  extra: { bold?: boolean; underline?: boolean } = {},
) {
  const font = style === 'title' ? TITLE_FONT : style === 'heading' ? HEADING_FONT : BODY_FONT;
  const size = style === 'title' ? SIZE.title : style === 'table' ? SIZE.table : SIZE.body;
  return new TextRun({
    text: clean(text),
    font,
    size,
    language: LANGUAGE,
    ...(extra.bold ? { bold: true } : {}),
    ...(extra.underline ? { underline: {} } : {}),
  });
}

/** A centred title line (小标宋 二号). */
export function title(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: 700, lineRule: LineRuleType.EXACT },
    children: [run(text, 'title')],
  });
}

/** The document number under the title, centred (发文字号). */
export function documentNumberLine(number: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 200, after: 200, line: BODY_LINE, lineRule: LineRuleType.EXACT },
    children: [run(number)],
  });
}

/** A body paragraph; `indent` (default) indents the first line by two characters. */
export function para(
  children: string | (string | ParagraphChild)[],
  options: { indent?: boolean; align?: 'left' | 'right' | 'center'; heading?: boolean } = {},
): Paragraph {
  const parts = typeof children === 'string' ? [children] : children;
  const alignment =
    options.align === 'right'
      ? AlignmentType.RIGHT
      : options.align === 'center'
        ? AlignmentType.CENTER
        : AlignmentType.JUSTIFIED;
  return new Paragraph({
    alignment,
    spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT },
    ...(options.indent === false ? {} : { indent: { firstLineChars: 200, firstLine: 640 } }),
    children: parts.map((part) =>
      typeof part === 'string' ? run(part, options.heading ? 'heading' : 'body') : part,
    ),
  });
}

/** Multi-line user text (facts, reasons) as one indented paragraph per line. */
export function paragraphsOf(text: string): Paragraph[] {
  return clean(text)
    .split(/\r\n|\r|\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => para(line));
}

/** The salutation line: '张三：' flush left. */
export function salutation(name: string): Paragraph {
  return para(`${name}：`, { indent: false });
}

/** The issuing agency and date, right-aligned, with room above for the seal (落款). */
export function signOff(agencyName: string, date: string): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: 600 }, children: [] }),
    para(agencyName, { indent: false, align: 'right' }),
    para(chineseDate(date), { indent: false, align: 'right' }),
  ];
}

/** A blank line. */
export function gap(): Paragraph {
  return new Paragraph({ spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT }, children: [] });
}

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height of a PNG from its IHDR chunk; throws a bad-input AppError if it is not a PNG. */
export function pngSize(data: Uint8Array, field: string): { width: number; height: number } {
  const isPng = data.length >= 24 && PNG_MAGIC.every((byte, i) => data[i] === byte);
  const view = isPng ? new DataView(data.buffer, data.byteOffset, data.byteLength) : undefined;
  const width = view?.getUint32(16) ?? 0;
  const height = view?.getUint32(20) ?? 0;
  if (!isPng || width === 0 || height === 0)
    throw badInput('DOCUMENT.INVALID_SIGNATURE', '签名图片应为PNG格式', field);
  return { width, height };
}

/** A handwritten signature image, scaled to a line-and-a-half high (≤ 48 × 200 px), aspect kept. */
export function signatureImage(png: Uint8Array, field: string, altName: string): ImageRun {
  const { width, height } = pngSize(png, field);
  const scale = Math.min(48 / height, 200 / width, 1);
  return new ImageRun({
    type: 'png',
    data: png,
    transformation: {
      width: Math.max(1, Math.round(width * scale)),
      height: Math.max(1, Math.round(height * scale)),
    },
    altText: { name: altName, description: altName, title: altName },
  });
}

/** A paragraph with auto line height (an exact pitch would clip an image). */
export function looseParagraph(children: ParagraphChild[], align: 'left' | 'right' = 'left'): Paragraph {
  return new Paragraph({
    alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    spacing: { before: 120, after: 120, line: 360, lineRule: LineRuleType.AUTO },
    children,
  });
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

export interface Cell {
  text?: string;
  /** Paragraphs instead of text (multi-line content). */
  lines?: string[];
  span?: number;
  /** A label cell (字段名), centred; value cells are left-aligned. */
  label?: boolean;
  minHeight?: number;
}

/**
 * A bordered form table of `widths` (twips, summing to TEXT_WIDTH or less); each row is a list of
 * cells with optional column spans. Label cells are centred, value cells left-aligned.
 */
export function formTable(widths: number[], rows: Cell[][]): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: {
      top: CELL_BORDER,
      bottom: CELL_BORDER,
      left: CELL_BORDER,
      right: CELL_BORDER,
      insideHorizontal: CELL_BORDER,
      insideVertical: CELL_BORDER,
    },
    rows: rows.map((cells) => {
      const height = Math.max(0, ...cells.map((cell) => cell.minHeight ?? 0));
      return new TableRow({
        cantSplit: height === 0,
        height: { value: height > 0 ? height : 500, rule: HeightRule.ATLEAST },
        children: cells.map((cell) => {
          const lines = cell.lines ?? [cell.text ?? ''];
          return new TableCell({
            columnSpan: cell.span ?? 1,
            verticalAlign: cell.lines ? VerticalAlignTable.TOP : VerticalAlignTable.CENTER,
            margins: { left: 100, right: 100, top: 40, bottom: 40 },
            children: lines.map(
              (line) =>
                new Paragraph({
                  alignment: cell.label ? AlignmentType.CENTER : AlignmentType.LEFT,
                  spacing: { line: 360, lineRule: LineRuleType.AUTO },
                  children: [run(line, 'table')],
                }),
            ),
          });
        }),
      });
    }),
  });
}

export interface DocumentMeta {
  title: string;
  creator: string;
}

/** A4 with official margins and "— n —" page numbers, packed with the font table. */
export async function packDocument(meta: DocumentMeta, children: FileChild[]): Promise<Buffer> {
  const document = new Document({
    title: clean(meta.title),
    creator: clean(meta.creator),
    styles: {
      default: {
        document: {
          run: { font: BODY_FONT, size: SIZE.body, language: LANGUAGE },
        },
      },
    },
    sections: [
      {
        properties: { page: PAGE },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['— ', PageNumber.CURRENT, ' —'],
                    font: fontOf(FONTS.pageNumber.name),
                    size: SIZE.small,
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document, false, [{ path: 'word/fontTable.xml', data: FONT_TABLE_XML }]);
}
