import { describe, expect, it } from 'vitest';
import { KIOSK_MESSAGES, kioskMessages, serviceNameIn } from './messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the kiosk's strings (screens/kiosk/messages.ts)", () => {
  it('give every key a text in both locales with the same {placeholders}', () => {
    for (const [key, [zh, en]] of Object.entries(KIOSK_MESSAGES)) {
      expect(zh.trim(), `${key} zh-CN`).not.toBe('');
      expect(placeholders(en), key).toEqual(placeholders(zh));
    }
  });

  it('print the slip in the locale asked for, whatever the UI shows', () => {
    expect(kioskMessages('en-US')('printIssuedAt', { at: 'Mar 2, 2026 09:30' })).toBe(
      'Issued at: Mar 2, 2026 09:30',
    );
    expect(kioskMessages('zh-CN')('printIssuedAt', { at: '2026年3月2日 09:30' })).toBe(
      '取号时间：2026年3月2日 09:30',
    );
    expect(kioskMessages('en-US')('slipYourNumber')).toBe('Your number');
  });

  it("name a known service in English and keep the server's name otherwise", () => {
    expect(serviceNameIn('en-US', 'legal-aid', '法律援助')).toBe('Legal aid');
    expect(serviceNameIn('zh-CN', 'legal-aid', '法律援助')).toBe('法律援助');
    expect(serviceNameIn('en-US', 'not-a-service', '某事项')).toBe('某事项');
  });
});
