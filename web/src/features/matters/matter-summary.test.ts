import { describe, expect, it } from 'vitest';
import { matterSummaryIn } from './matter-summary';

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
