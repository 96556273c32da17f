import type { ResolvedCitation } from './types';

/**
 * True when no citation of a source names an instrument the law library holds (a regulation outside
 * the corpus, e.g. 司法鉴定程序通则): the citation is shown as plain text with a hint, not as a link
 * that opens onto nothing. A source with at least one instrument in the library stays a link.
 */
export function outsideLibrary(citations: readonly ResolvedCitation[] | undefined): boolean {
  return citations !== undefined && citations.length > 0 && citations.every((c) => c.instrument === null);
}
