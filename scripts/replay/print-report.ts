import type { ReplayReport } from './types';

/**
 * The waits of a replayed day as a table (Chinese; names padded with full-width spaces so they line up):
 * visitors, average and P90 wait in minutes per service, then the total. One line at a time to `out`.
 */
export function printWaits(report: ReplayReport, out: (line: string) => void): void {
  const fmt = (m: number | null) => (m === null ? '—' : m.toFixed(1));
  const cell = (text: string, width: number) => text + '　'.repeat(Math.max(0, width - [...text].length));
  out(`${cell('事项', 8)}  来访  平均等候（分钟）  P90 等候（分钟）`);
  for (const s of report.services) {
    out(
      `${cell(s.name, 8)}  ${String(s.visitors).padStart(4)}  ${fmt(s.avgWaitMinutes).padStart(16)}  ${fmt(s.p90WaitMinutes).padStart(16)}`,
    );
  }
  out(
    `${cell('合计', 8)}  ${String(report.issued).padStart(4)}  ${fmt(report.overall.avgWaitMinutes).padStart(16)}  ${fmt(report.overall.p90WaitMinutes).padStart(16)}`,
  );
}
