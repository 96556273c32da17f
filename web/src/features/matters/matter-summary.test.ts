import { describe, expect, it } from 'vitest';
import { matterSummaryIn, summaryInFull } from './matter-summary';

const procedures = [
  { service: 'notarization', nameZh: '公证', nameEn: 'Notarization' },
  { service: 'arbitration', nameZh: '劳动争议仲裁', nameEn: 'Labour arbitration' },
];

describe('matterSummaryIn', () => {
  it('names a matter summarised by its window in English by the window’s English name', () => {
    expect(matterSummaryIn('en-US', procedures, 'notarization', '公证')).toBe('Notarization');
    expect(matterSummaryIn('en-US', procedures, 'arbitration', '劳动争议仲裁')).toBe('Labour arbitration');
  });
  it('keeps what was typed at opening, and everything in Chinese', () => {
    expect(matterSummaryIn('en-US', procedures, 'notarization', '房屋买卖合同公证')).toBe('房屋买卖合同公证');
    expect(matterSummaryIn('zh-CN', procedures, 'notarization', '公证')).toBe('公证');
    // Another window's name is typed text here, not this matter's fallback.
    expect(matterSummaryIn('en-US', procedures, 'notarization', '劳动争议仲裁')).toBe('劳动争议仲裁');
    expect(matterSummaryIn('en-US', undefined, 'notarization', '公证')).toBe('公证');
  });
});

describe('summaryInFull', () => {
  const facts = `${'The upstairs bathroom leaked; the parties disagree on repair costs of 5,000 yuan '.repeat(2)}`;
  const cut = [...facts.trim()].slice(0, 100).join('');
  it('gives the whole opening text the summary was cut from', () => {
    expect(summaryInFull(cut, { channel: 'window', facts })).toBe(facts.trim());
  });
  it('ends a shortened summary in an ellipsis when the whole text is not at hand', () => {
    expect(summaryInFull(cut, undefined)).toBe(`${cut}…`);
    expect(summaryInFull(cut, { facts: 'something else' })).toBe(`${cut}…`);
  });
  it('keeps a summary that was not shortened', () => {
    expect(summaryInFull('邻里纠纷', { facts: '邻里纠纷' })).toBe('邻里纠纷');
    expect(summaryInFull('公证', {})).toBe('公证');
  });
});
