import { describe, expect, it } from 'vitest';
import {
  checkLecture,
  type LectureFacts,
  lectureDate,
  photoMimeType,
  VENUE_TYPE_LABELS,
} from './lecture-tours';

const held: LectureFacts = {
  status: 'held',
  plannedOn: '2026-03-10',
  heldOn: '2026-03-12',
  audienceSize: 120,
  photoUrls: ['https://example.org/a.jpg'],
};

describe('lecture tours', () => {
  it('has the five venue types of 普法进机关、企业、社区、学校、农牧区', () => {
    expect(Object.values(VENUE_TYPE_LABELS)).toEqual(['机关', '企业', '社区', '学校', '农牧区']);
  });
  it('accepts a plan with a date and a held lecture with its day and audience', () => {
    expect(() =>
      checkLecture(
        { status: 'planned', plannedOn: '2026-04-01', heldOn: null, audienceSize: null, photoUrls: [] },
        '2026-03-17',
      ),
    ).not.toThrow();
    expect(() => checkLecture(held, '2026-03-17')).not.toThrow();
  });
  it.each([
    [{ status: 'planned', plannedOn: null }, 'PUBLICITY.PLANNED_DATE_REQUIRED', 'plannedOn'],
    [{ heldOn: null }, 'PUBLICITY.HELD_DATE_REQUIRED', 'heldOn'],
    [{ heldOn: '2026-03-18' }, 'PUBLICITY.HELD_IN_FUTURE', 'heldOn'],
    [{ audienceSize: null }, 'PUBLICITY.AUDIENCE_REQUIRED', 'audienceSize'],
    [{ audienceSize: 0 }, 'PUBLICITY.AUDIENCE_REQUIRED', 'audienceSize'],
    [{ audienceSize: 2.5 }, 'PUBLICITY.AUDIENCE_REQUIRED', 'audienceSize'],
    [{ photoUrls: ['javascript:alert(1)'] }, 'PUBLICITY.PHOTO_URL', 'photoUrls'],
    [{ photoUrls: [], photoCount: 21 }, 'PUBLICITY.TOO_MANY_PHOTOS', 'photoUrls'],
  ] as const)('refuses %o with %s', (change, code, field) => {
    expect(() => checkLecture({ ...held, ...change } as LectureFacts, '2026-03-17')).toThrow(
      expect.objectContaining({ code, field }),
    );
  });
  it('counts a lecture on the day held, a plan on its planned day', () => {
    expect(lectureDate(held)).toBe('2026-03-12');
    expect(lectureDate({ ...held, status: 'planned' })).toBe('2026-03-10');
  });
  it('recognises PNG and JPEG by their first bytes only', () => {
    expect(photoMimeType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(
      'image/png',
    );
    expect(photoMimeType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(photoMimeType(new TextEncoder().encode('<svg/>'))).toBeUndefined();
  });
});
