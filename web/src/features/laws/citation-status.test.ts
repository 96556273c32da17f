import { describe, expect, it } from 'vitest';
import { outsideLibrary } from './citation-status';
import type { InstrumentSummary, ResolvedCitation } from './types';

const cite = (text: string, inLibrary: boolean): ResolvedCitation => ({
  text,
  instrumentTitle: null,
  paragraph: null,
  item: null,
  instrument: inLibrary ? ({ id: 'x' } as unknown as InstrumentSummary) : null,
  article: null,
});

describe('outsideLibrary', () => {
  it('plain text only when every cited instrument is missing from the library', () => {
    expect(outsideLibrary([cite('司法鉴定程序通则 第十三条', false)])).toBe(true);
    expect(
      outsideLibrary([cite('人民调解法 第十七条', true), cite('人民调解工作若干规定 第二十条', false)]),
    ).toBe(false);
    expect(outsideLibrary([cite('人民调解法 第十七条', true)])).toBe(false);
  });

  it('a link while unresolved or when nothing was cited', () => {
    expect(outsideLibrary(undefined)).toBe(false);
    expect(outsideLibrary([])).toBe(false);
  });
});
