import type { TablePaginationConfig } from 'antd';
import type { Dispatch, SetStateAction } from 'react';

/** A list page's filters that carry the page (1-based) and the page size. */
export interface PagedFilters {
  page: number;
  pageSize: number;
}

/**
 * The antd Table `pagination` of a server-paged list: the current page and size from the filters, the
 * total from the reply (0 while loading), a size changer, and page changes written back to the filters
 * (which key the query, so the next page is fetched).
 */
export function serverPagination<F extends PagedFilters>(
  filters: F,
  setFilters: Dispatch<SetStateAction<F>>,
  total: number | undefined,
  showTotal: (total: number) => string,
  extra: TablePaginationConfig = {},
): TablePaginationConfig {
  return {
    current: filters.page,
    pageSize: filters.pageSize,
    total: total ?? 0,
    showSizeChanger: true,
    showTotal,
    onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
    ...extra,
  };
}
