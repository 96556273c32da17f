/**
 * Which menu entry a console route belongs to, so the sidebar highlights the owning section on detail
 * routes too (a matter, a plan's session screen), not 首页. Pure: unit-tested in nav-match.test.ts.
 */

/**
 * A route prefix that sits under no menu path, and the menu path it belongs to; none (`path` left out) when
 * the page names its own once loaded (a matter → its window): nothing is highlighted until then, rather
 * than a wrong entry.
 */
export interface NavParent {
  prefix: string;
  path?: string;
}

const within = (pathname: string, path: string) =>
  pathname === path || pathname.startsWith(path.endsWith('/') ? path : `${path}/`);

/**
 * The menu path to highlight for `pathname`: `section` when the page named its own (a matter's window,
 * known once the matter is loaded), else the longest menu path that contains it segment by segment
 * ('/legal-aid/new' over '/legal-aid', never '/legal-aid' for '/legal-aid-x'), else the longest
 * matching `parents` prefix ('' when that parent leaves it to the page: no entry), else '/' (首页).
 */
export function selectNavPath(
  pathname: string,
  paths: readonly string[],
  parents: readonly NavParent[],
  section?: string,
): string {
  if (section) return section;
  const longest = <T>(items: readonly T[], key: (item: T) => string) =>
    items.filter((item) => within(pathname, key(item))).sort((a, b) => key(b).length - key(a).length)[0];
  const page = longest(paths, (p) => p);
  if (page) return page;
  const parent = longest(parents, (p) => p.prefix);
  return parent ? (parent.path ?? '') : '/';
}
