import { Button, Popconfirm, type PopconfirmProps, Tooltip } from 'antd';
import type { ReactNode } from 'react';

/**
 * Shared bits of the console's tables, so that every column stays readable at 1366×768 (the left menu
 * takes its share: a table gets about 1050 px) in Chinese and in English.
 *
 * A row's actions are icon buttons, their label in a tooltip and as the accessible name: a column of
 * worded buttons needs 300 px for "Edit · Join team · Record sanction" and, pinned to the right, covers
 * the columns beside it. `actionsWidth(n)` is the width of a column of n such buttons.
 */
export function actionsWidth(buttons: number): number {
  // 24 px a small icon button, 4 px between them, 16 px cell padding each side; at least the header's room.
  return Math.max(88, 32 + buttons * 24 + (buttons - 1) * 4);
}

/** One action of a table row: a small icon button whose label shows as a tooltip (and is its name). */
export function RowAction({
  label,
  icon,
  onClick,
  danger,
  disabled,
  confirm,
}: {
  label: string;
  icon: ReactNode;
  onClick?: () => void;
  danger?: boolean;
  disabled?: boolean;
  /** Asks first: the Popconfirm's title; `onClick` runs on its OK. */
  confirm?: PopconfirmProps['title'];
}) {
  const button = (
    <Tooltip title={label}>
      <Button
        type="link"
        size="small"
        icon={icon}
        aria-label={label}
        danger={danger}
        disabled={disabled}
        className="lh-row-action"
        onClick={confirm ? undefined : onClick}
      />
    </Tooltip>
  );
  return confirm ? (
    <Popconfirm title={confirm} onConfirm={onClick} disabled={disabled}>
      {button}
    </Popconfirm>
  ) : (
    button
  );
}

/** The buttons of an actions cell, side by side, never wrapping. */
export function RowActions({ children }: { children: ReactNode }) {
  return <span className="lh-row-actions">{children}</span>;
}

/** The sum of the columns' widths (a column without one counts 120 px): the table's `scroll.x`. */
export function tableWidth(columns: readonly { width?: number | string }[] | undefined): number {
  return (columns ?? []).reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 120), 0);
}
