import { describe, expect, it } from 'vitest';
import { NAV_PAGES, NAV_PARENTS } from './nav';
import { selectNavPath } from './nav-match';

const select = (pathname: string, section?: string) =>
  selectNavPath(
    pathname,
    NAV_PAGES.map((p) => p.path),
    NAV_PARENTS,
    section,
  );

describe('selectNavPath: the menu entry of a console route', () => {
  it('highlights a menu page and the pages under it', () => {
    expect(select('/')).toBe('/');
    expect(select('/matters/w/mediation')).toBe('/matters/w/mediation');
    expect(select('/matters/w/mediation/new')).toBe('/matters/w/mediation');
    expect(select('/matters/deadlines')).toBe('/matters/deadlines');
    expect(select('/study/plans/5c2f')).toBe('/study/plans');
    expect(select('/laws/civil-code/articles/1165')).toBe('/laws');
  });

  it('takes the longest menu path, segment by segment', () => {
    expect(select('/legal-aid/new')).toBe('/legal-aid/new');
    expect(select('/legal-aid/0b7e4d8a-6c1f-4f7e-9a55-2f6f3c1b9d10')).toBe('/legal-aid');
    expect(select('/legal-aid-other')).toBe('/');
  });

  it('puts detail routes under their section, never 首页', () => {
    const matter = '/matters/0b7e4d8a-6c1f-4f7e-9a55-2f6f3c1b9d10';
    expect(select(matter, '/matters/w/mediation')).toBe('/matters/w/mediation');
    expect(select('/study/sessions/0b7e4d8a/screen')).toBe('/study/plans');
    expect(select('/study/attempts/0b7e4d8a')).toBe('/study/tests');
    expect(select('/check-in')).toBe('/study/me');
  });

  it('highlights no entry for a matter until its window is known, never 我的期限', () => {
    const matter = '/matters/0b7e4d8a-6c1f-4f7e-9a55-2f6f3c1b9d10';
    expect(select(matter)).toBe('');
    expect(select(matter, '/matters/w/notarization')).toBe('/matters/w/notarization');
    expect(select('/matters/deadlines')).toBe('/matters/deadlines');
  });

  it('every parent names a menu page', () => {
    const paths = NAV_PAGES.map((p) => p.path);
    for (const parent of NAV_PARENTS) if (parent.path) expect(paths).toContain(parent.path);
  });
});
