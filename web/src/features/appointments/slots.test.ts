import { describe, expect, it } from 'vitest';
import { parseSlots, slotsText } from './slots';

describe('appointment slots as typed in the settings form', () => {
  it('reads the slots back from the text the form shows', () => {
    const slots = [
      { start: '09:00', end: '10:00' },
      { start: '14:30', end: '15:30' },
    ];
    expect(slotsText(slots)).toBe('09:00-10:00, 14:30-15:30');
    expect(parseSlots(slotsText(slots))).toEqual(slots);
  });

  it('takes full-width commas, 、 and spaces between slots, and – or ~ within one', () => {
    expect(parseSlots('09:00–10:00，10:00~11:00、 14:00-15:00  16:00-17:00')).toEqual([
      { start: '09:00', end: '10:00' },
      { start: '10:00', end: '11:00' },
      { start: '14:00', end: '15:00' },
      { start: '16:00', end: '17:00' },
    ]);
  });

  it('leaves an end out as empty, for the server to refuse', () => {
    expect(parseSlots('09:00')).toEqual([{ start: '09:00', end: '' }]);
    expect(parseSlots(' , ')).toEqual([]);
  });
});
