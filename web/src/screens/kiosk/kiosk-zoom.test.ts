import { describe, expect, it } from 'vitest';
import { kioskZoom } from './kiosk-zoom';

describe('kioskZoom: the kiosk scaled to fit screens smaller than its design', () => {
  it.each([
    [1920, 1080, 1],
    [1080, 1920, 1],
    [2560, 1440, 1], // larger screens keep the design size
    [3840, 2160, 1],
    [1366, 768, 0.71], // 768/1080 = 0.711…, 1366/1920 = 0.711…
    [1280, 1024, 0.66], // width-bound: 1280/1920 = 0.666…
    [1440, 900, 0.75], // width-bound: 1440/1920 = 0.75 (900/1080 = 0.83)
    [1680, 1050, 0.87],
    [1920, 1000, 0.92], // a browser's bars take some height: height-bound
    [768, 1366, 0.71], // portrait
    [1080, 1800, 0.93],
    [800, 600, 0.5], // floored at 0.5 (would be 0.41)
  ])('%i×%i → %f', (width, height, zoom) => {
    expect(kioskZoom(width, height)).toBe(zoom);
  });
});
