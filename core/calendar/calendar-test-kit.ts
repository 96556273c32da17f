/** Fixtures shared by the calendar tests. */
import { createCalendar } from './calendar';

export const calendar = createCalendar();
