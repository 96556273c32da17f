/**
 * Shared clean-up of text typed or pasted by staff and citizens: full-width ASCII (what Chinese
 * input methods produce in full-width mode) and invisible or spacing characters.
 */

/** Whitespace of any kind (incl. U+3000 ideographic space, NBSP) and zero-width characters. */
const SPACING = /[\s\u200B-\u200D\u2060\uFEFF]+/gu;

/** Full-width ASCII U+FF01–U+FF5E → ASCII U+0021–U+007E, and U+3000 → ASCII space. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/gu, ' ');
}

/** Removes every whitespace and zero-width character. */
export function removeSpacing(text: string): string {
  return text.replace(SPACING, '');
}

/** Half-width, no spacing, upper case: the canonical form of an identifier such as an ID number. */
export function normalizeIdentifier(raw: string): string {
  return removeSpacing(toHalfWidth(typeof raw === 'string' ? raw : '')).toUpperCase();
}
