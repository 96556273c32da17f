import { createContext, useContext, useEffect } from 'react';

/** Set by AppLayout: the menu path a page asks to highlight (undefined = by its route, nav-match.ts). */
export const NavSectionContext = createContext<(path: string | undefined) => void>(() => {});

/**
 * Highlights the menu entry at `path` while the calling page is shown: a detail page names the list it
 * belongs to once it knows it (a matter → its window's list).
 */
export function useNavSection(path: string | undefined): void {
  const setSection = useContext(NavSectionContext);
  useEffect(() => {
    setSection(path);
    return () => setSection(undefined);
  }, [path, setSection]);
}
