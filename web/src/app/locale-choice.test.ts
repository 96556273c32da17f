import { describe, expect, it } from 'vitest';
import { chooseLocale, isHallScreen } from './locale-choice';

const onConsole = (languages: string[], saved: string | null = null) =>
  chooseLocale({ saved, languages, path: '/legal-aid/new' });

describe('chooseLocale', () => {
  it('no saved choice: an English browser opens the console in English, whatever the region', () => {
    expect(onConsole(['en-US'])).toBe('en-US');
    expect(onConsole(['en-GB', 'en'])).toBe('en-US');
    expect(onConsole(['EN'])).toBe('en-US');
  });

  it('no saved choice: a Chinese browser, or one preferring neither language, opens in Chinese', () => {
    expect(onConsole(['zh-CN'])).toBe('zh-CN');
    expect(onConsole(['zh-TW', 'en-US'])).toBe('zh-CN');
    expect(onConsole(['zh-Hans-CN'])).toBe('zh-CN');
    expect(onConsole(['de-DE'])).toBe('zh-CN');
    expect(onConsole([])).toBe('zh-CN');
  });

  it('the first of the preferred languages the console speaks decides', () => {
    expect(onConsole(['fr-FR', 'en-US', 'zh-CN'])).toBe('en-US');
    expect(onConsole(['fr-FR', 'zh-CN', 'en-US'])).toBe('zh-CN');
    // 'eng' is not the tag 'en' (only 'en' and 'en-…' are English).
    expect(onConsole(['eng', 'en-US'])).toBe('en-US');
  });

  it('a saved choice wins over the browser', () => {
    expect(onConsole(['en-US'], 'zh-CN')).toBe('zh-CN');
    expect(onConsole(['zh-CN'], 'en-US')).toBe('en-US');
  });

  it('a saved value that is not a locale is ignored', () => {
    expect(onConsole(['en-US'], 'fr-FR')).toBe('en-US');
    expect(onConsole(['zh-CN'], '')).toBe('zh-CN');
  });

  it('the kiosk, the display board and the phone pages start in Chinese on an English device', () => {
    for (const path of ['/kiosk', '/display', '/m', '/m/apply', '/m/t/abc']) {
      expect(chooseLocale({ saved: null, languages: ['en-US'], path })).toBe('zh-CN');
    }
    // A console user's saved English does not follow the browser onto the kiosk or the board.
    expect(chooseLocale({ saved: 'en-US', languages: ['en-US'], path: '/kiosk' })).toBe('zh-CN');
    expect(chooseLocale({ saved: 'en-US', languages: ['zh-CN'], path: '/display' })).toBe('zh-CN');
    expect([isHallScreen('/kiosk'), isHallScreen('/m/t/abc'), isHallScreen('/matters')]).toEqual([
      true,
      true,
      false,
    ]);
    // Paths that only begin like a hall screen are console pages.
    expect(chooseLocale({ saved: null, languages: ['en-US'], path: '/matters' })).toBe('en-US');
  });
});
