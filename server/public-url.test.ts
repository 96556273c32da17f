import { describe, expect, it } from 'vitest';
import { citizenBaseUrl } from './public-url';

const lan = ['192.168.1.20', '10.0.0.5'];

describe('citizenBaseUrl', () => {
  it('takes LAWHALL_PUBLIC_URL first, without a trailing slash', () => {
    expect(
      citizenBaseUrl({
        configured: 'https://gf.example.cn/',
        requestHost: '127.0.0.1:3000',
        protocol: 'http',
        lanAddresses: lan,
      }),
    ).toBe('https://gf.example.cn');
  });
  it('replaces a loopback host by the first LAN address, keeping the port', () => {
    for (const host of ['127.0.0.1:3000', 'localhost:3000', 'LOCALHOST:3000', '[::1]:3000', '127.0.1.1:3000'])
      expect(
        citizenBaseUrl({ configured: undefined, requestHost: host, protocol: 'http', lanAddresses: lan }),
      ).toBe('http://192.168.1.20:3000');
    expect(
      citizenBaseUrl({
        configured: undefined,
        requestHost: 'localhost',
        protocol: 'http',
        lanAddresses: lan,
      }),
    ).toBe('http://192.168.1.20');
  });
  it('keeps a reachable origin (null: use the page origin), and null without a LAN address', () => {
    expect(
      citizenBaseUrl({
        configured: undefined,
        requestHost: '192.168.1.20:3000',
        protocol: 'http',
        lanAddresses: lan,
      }),
    ).toBeNull();
    expect(
      citizenBaseUrl({
        configured: undefined,
        requestHost: 'hall.local',
        protocol: 'http',
        lanAddresses: lan,
      }),
    ).toBeNull();
    expect(
      citizenBaseUrl({
        configured: undefined,
        requestHost: '127.0.0.1:3000',
        protocol: 'http',
        lanAddresses: [],
      }),
    ).toBeNull();
    expect(
      citizenBaseUrl({ configured: undefined, requestHost: undefined, protocol: 'http', lanAddresses: lan }),
    ).toBeNull();
  });
});
