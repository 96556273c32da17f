import { formatMs, formatNumber, type Measurement } from './measure';

/** A ratio to the reference: `0.42×`. */
function ratio(value: number, reference: number): string {
  if (!Number.isFinite(value) || !Number.isFinite(reference) || reference === 0) return '-';
  const r = value / reference;
  return `${r < 10 ? r.toFixed(2) : r.toFixed(1)}×`;
}

/**
 * Prints `rows` as a table with, beside each figure, its ratio to `reference` (measured in the same run):
 * requests/s as a share of the reference's, latencies as multiples of the reference's.
 */
export function printTable(title: string, rows: Measurement[], reference: Measurement): void {
  const header = ['', 'req/s', 'vs ref', 'p50', 'vs ref', 'p99', 'vs ref', 'failed'];
  const body = rows.map((row) => [
    row.label,
    formatNumber(row.requestsPerSecond),
    ratio(row.requestsPerSecond, reference.requestsPerSecond),
    formatMs(row.p50),
    ratio(row.p50, reference.p50),
    formatMs(row.p99),
    ratio(row.p99, reference.p99),
    String(row.non2xx + row.errors + row.timeouts),
  ]);
  const widths = header.map((cell, i) => Math.max(width(cell), ...body.map((line) => width(line[i] ?? ''))));
  const format = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? padEnd(cell, widths[i]!) : padStart(cell, widths[i]!))).join('  ');
  const out = [
    '',
    title,
    format(header),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...body.map(format),
    '',
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

/** Display width: CJK characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const char of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      char,
    )
      ? 2
      : 1;
  return w;
}

function padEnd(text: string, to: number): string {
  return text + ' '.repeat(Math.max(0, to - width(text)));
}

function padStart(text: string, to: number): string {
  return ' '.repeat(Math.max(0, to - width(text))) + text;
}
