/** A bookable time of day, `HH:mm` to `HH:mm`. */
export interface Slot {
  start: string;
  end: string;
}

/** The slots as the settings form shows them: `09:00-10:00, 10:00-11:00`. */
export function slotsText(slots: Slot[]): string {
  return slots.map((s) => `${s.start}-${s.end}`).join(', ');
}

/**
 * The slots typed in the settings form: separated by commas (half or full width), 、 or spaces, each start and
 * end joined by -, – or ~. The server checks the times themselves.
 */
export function parseSlots(text: string): Slot[] {
  return text
    .split(/[,，、\s]+/)
    .filter(Boolean)
    .map((part) => {
      const [start = '', end = ''] = part.split(/[-–~]/);
      return { start: start.trim(), end: end.trim() };
    });
}
