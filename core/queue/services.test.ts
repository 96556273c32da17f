import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as AntIcons from '@ant-design/icons';
import { describe, expect, it } from 'vitest';
import {
  findService,
  findServiceByPrefix,
  getService,
  isServiceCode,
  type Service,
  serviceCodes,
  services,
} from './services';

// Compile-time proof that every icon name is an export of @ant-design/icons (checked by tsc).
const iconNamesAreAntIcons: Service['icon'] extends keyof typeof AntIcons ? true : false = true;

describe('services', () => {
  it('lists the ten services of the hall in kiosk order with prefixes A…J', () => {
    expect(services.map((s) => [s.code, s.nameZh, s.ticketPrefix])).toEqual([
      ['consultation', '法律咨询', 'A'],
      ['legal-aid', '法律援助', 'B'],
      ['mediation', '人民调解', 'C'],
      ['notarization', '公证', 'D'],
      ['lawyer', '律师服务', 'E'],
      ['arbitration', '仲裁', 'F'],
      ['appraisal', '司法鉴定', 'G'],
      ['reconsideration', '行政复议', 'H'],
      ['publicity', '法治宣传', 'I'],
      ['aid-qualification', '法律援助资格管理', 'J'],
    ]);
    expect(serviceCodes).toEqual(services.map((s) => s.code));
  });

  it('has unique codes, prefixes, English names and icons', () => {
    for (const key of ['code', 'ticketPrefix', 'nameEn', 'nameZh', 'icon'] as const) {
      expect(new Set(services.map((s) => s[key])).size, key).toBe(services.length);
    }
  });

  it('uses one upper-case letter per prefix and kebab-case codes', () => {
    for (const service of services) {
      expect(service.ticketPrefix).toMatch(/^[A-Z]$/);
      expect(service.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });

  it('names icons that exist in @ant-design/icons', () => {
    expect(iconNamesAreAntIcons).toBe(true);
    const require = createRequire(import.meta.url);
    const iconsDir = join(dirname(require.resolve('@ant-design/icons/package.json')), 'lib', 'icons');
    for (const service of services) {
      expect(existsSync(join(iconsDir, `${service.icon}.js`)), service.icon).toBe(true);
    }
  });

  it('describes each service in one short Chinese line', () => {
    for (const service of services) {
      expect(service.descriptionZh).not.toMatch(/[\n\r]/);
      expect(service.descriptionZh).toMatch(/[\u4e00-\u9fff]/);
      expect(service.descriptionZh.length).toBeGreaterThan(4);
      expect(service.descriptionZh.length).toBeLessThanOrEqual(30);
    }
  });

  it('gives each service a positive whole number of default minutes', () => {
    for (const service of services) {
      expect(Number.isInteger(service.defaultAvgServiceMinutes)).toBe(true);
      expect(service.defaultAvgServiceMinutes).toBeGreaterThan(0);
      expect(service.defaultAvgServiceMinutes).toBeLessThanOrEqual(120);
    }
  });

  it('finds services by code and by prefix', () => {
    expect(findService('legal-aid')?.nameZh).toBe('法律援助');
    expect(getService('mediation').ticketPrefix).toBe('C');
    expect(findServiceByPrefix('B')?.code).toBe('legal-aid');
    expect(findServiceByPrefix('J')?.code).toBe('aid-qualification');
    for (const service of services) {
      expect(findService(service.code)).toBe(service);
      expect(findServiceByPrefix(service.ticketPrefix)).toBe(service);
      expect(isServiceCode(service.code)).toBe(true);
    }
  });

  it('rejects unknown codes and prefixes', () => {
    expect(findService('divorce')).toBeUndefined();
    expect(findService('')).toBeUndefined();
    expect(findService('Legal-Aid')).toBeUndefined();
    expect(isServiceCode('toString')).toBe(false);
    expect(findServiceByPrefix('K')).toBeUndefined();
    expect(findServiceByPrefix('b')).toBeUndefined();
    expect(() => getService('divorce')).toThrow(RangeError);
  });
});
