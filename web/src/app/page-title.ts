import { createContext, useContext, useEffect } from 'react';

/** Set by AppLayout: the tab title a page asks for in place of its menu entry's name (undefined = the menu's). */
export const PageTitleContext = createContext<(title: string | undefined) => void>(() => {});

/**
 * Names the browser tab `title` (documentTitle, i18n.ts: `title · the hall`) while the calling page is shown,
 * in place of the menu entry of its address: the 403 and 404 pages, which the menu names wrongly or not at
 * all. The shell owns `document.title` (one useDocumentTitle per screen), so the page tells it, as
 * useNavSection tells it which entry to highlight.
 */
export function usePageTitle(title: string | undefined): void {
  const setTitle = useContext(PageTitleContext);
  useEffect(() => {
    setTitle(title);
    return () => setTitle(undefined);
  }, [title, setTitle]);
}
