/**
 * Measurements of a console table in the browser, by bounding boxes (e2e/table-widths*.test.ts): its header
 * cells and whether their text is cut, the body values that spill out of their cells, the action buttons
 * whose label does not show whole, and the table's visible area. `root` holds the table (a page holds one;
 * a drawer's table is found inside the drawer).
 */

import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

type Root = Page | Locator;

export interface Box {
  left: number;
  right: number;
  width: number;
}

/** The header cells of the table: text, box, and whether the text is cut (wider than its cell). */
export async function headers(root: Root) {
  await root.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
  return root.locator('.ant-table-thead th').evaluateAll((cells) =>
    cells.map((cell) => {
      const r = cell.getBoundingClientRect();
      const style = getComputedStyle(cell);
      const inner =
        cell.scrollWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
      const range = document.createRange();
      range.selectNodeContents(cell);
      const text = range.getBoundingClientRect();
      // Lines of the header text (distinct tops): more lines than words means a word broke (当/事/人).
      const tops = new Set(
        [...range.getClientRects()].filter((l) => l.width > 0).map((l) => Math.round(l.top)),
      );
      const words = (cell.textContent ?? '').trim().split(/\s+/).filter(Boolean).length;
      return {
        broken: tops.size > Math.max(1, words),
        text: (cell.textContent ?? '').trim(),
        box: { left: r.left, right: r.right, width: r.width } as Box,
        cut: cell.scrollWidth > cell.clientWidth + 1 || text.width > r.width || inner < 0,
      };
    }),
  );
}
export type Headers = Awaited<ReturnType<typeof headers>>;

/** The header texts that are cut. */
export const cutHeaders = (cells: Headers) => cells.filter((c) => c.cut && c.text).map((c) => c.text);

/** The header texts broken inside a word (a column too narrow for its header). */
export const brokenHeaders = (cells: Headers) => cells.filter((c) => c.broken).map((c) => c.text);

/** Each column's width and the widest content of its body cells (to size the columns; logged). */
export const columnWidths = (root: Root) =>
  root.locator('.ant-table-thead th').evaluateAll((cells) =>
    cells.map((cell, i) => {
      const table = cell.closest('table');
      const body = [
        ...(table?.querySelectorAll<HTMLElement>(`tbody tr.ant-table-row > td:nth-child(${i + 1})`) ?? []),
      ];
      const widest = Math.max(
        0,
        ...body.map((td) =>
          Math.max(...[...td.children].map((c) => (c as HTMLElement).scrollWidth), td.scrollWidth),
        ),
      );
      return `${(cell.textContent ?? '').trim()} ${Math.round(cell.getBoundingClientRect().width)}/${widest}`;
    }),
  );

/** The body cells whose content spills out of them (a value wider than its column): their texts. */
export const spilling = (root: Root) =>
  root.locator('.ant-table-tbody tr.ant-table-row > td').evaluateAll((cells) =>
    cells
      // An ellipsis column shortens its text on purpose (the whole in a tooltip).
      .filter(
        (td) => !td.classList.contains('ant-table-cell-ellipsis') && td.scrollWidth > td.clientWidth + 1,
      )
      .map((td) => (td.textContent ?? '').trim()),
  );

/** The visible part of the table (its scrolling container). */
export const tableView = (root: Root) =>
  root
    .locator('.ant-table-content, .ant-table-body')
    .first()
    .evaluate((e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right, width: r.width, scrollWidth: e.scrollWidth };
    });

/** Whether the table fits its visible area (no sideways scrolling). */
export const fits = async (root: Root) => {
  const view = await tableView(root);
  return view.scrollWidth <= view.width + 1;
};

/** The buttons of the 操作 column whose label does not fit (their text is wider than the button or the cell). */
export const cutActions = (root: Root) =>
  root
    .locator(
      '.ant-table-tbody td.ant-table-cell-fix-right .ant-btn, .ant-table-tbody td.ant-table-cell-fix-end .ant-btn',
    )
    .evaluateAll((buttons) =>
      buttons
        .filter((b) => {
          const cell = b.closest('td');
          if (!cell) return false;
          const button = b.getBoundingClientRect();
          const td = cell.getBoundingClientRect();
          return (
            b.scrollWidth > b.clientWidth + 1 || button.right > td.right + 1 || button.left < td.left - 1
          );
        })
        .map((b) => (b.textContent ?? '').trim()),
    );

/** The pinned header cell and the cell just left of it: they must not overlap. */
export function pinnedCoversNothing(cells: Headers, pinned: string, neighbour: RegExp) {
  const actions = cells.find((c) => c.text === pinned);
  const other = cells.find((c) => neighbour.test(c.text));
  expect(actions, pinned).toBeTruthy();
  expect(other, String(neighbour)).toBeTruthy();
  console.info(`${other?.text}: ${JSON.stringify(other?.box)}; ${pinned}: ${JSON.stringify(actions?.box)}`);
  expect(other?.box.right ?? Infinity).toBeLessThanOrEqual((actions?.box.left ?? 0) + 1);
  expect(other?.cut).toBe(false);
}

/** The named columns whose header lies (partly) outside the visible area: they need sideways scrolling. */
export async function hiddenColumns(root: Root, cells: Headers, names: (string | RegExp)[]) {
  const view = await tableView(root);
  return names
    .map((name) => ({
      name,
      cell: cells.find((c) => (typeof name === 'string' ? c.text === name : name.test(c.text))),
    }))
    .filter(({ cell }) => !cell || cell.box.right > view.right + 1 || cell.box.left < view.left - 1)
    .map(
      ({ name, cell }) =>
        `${String(name)}: ${cell ? JSON.stringify(cell.box) : 'missing'} view ${view.left}–${view.right}`,
    );
}
