import { Card } from 'antd';
import type { ReactNode } from 'react';
import type { ListRequest } from './types';

/** Small pieces the dashboard's sections share: units, the chart card, the list opener. */
export const minutes = (s: number | null) => (s === null ? null : Math.round(s / 6) / 10);
export const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

export type Open = (request: ListRequest) => void;
export type T = (zh: string, en: string) => string;

export function ChartCard({
  title,
  children,
  testId,
}: {
  title: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Card size="small" title={title} data-testid={testId}>
      {children}
    </Card>
  );
}
