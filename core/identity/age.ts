import { addCalendarDays, getDateParts } from '../calendar/iso-date';

/** When a person counts as one year older. */
export type AgeRule = 'birthday' | 'day-after-birthday';

/**
 * Age in whole years (周岁) on business date `date`, for a person born on `birthDate` (both
 * `YYYY-MM-DD`, Gregorian calendar).
 *
 * - 'birthday' (default, the civil rule, 民法典 第十七条–第十八条 speak of 周岁): one year older
 *   on the birthday itself. A 29 February birthday has no birthday in common years; the person
 *   turns one year older on 1 March then (the day after 28 February), and on 29 February in
 *   leap years.
 * - 'day-after-birthday': one year older only from the day after the birthday, the criminal-law
 *   rule for 刑法 第十七条 ages (最高人民法院关于审理未成年人刑事案件具体应用法律若干问题的解释,
 *   法释〔2006〕1号, 第二条). Defined as the 'birthday' age of the day before, so a 29 February
 *   birthday counts from 2 March in common years.
 *
 * Throws RangeError on a bad date or when `date` is before `birthDate`.
 */
export function ageOn(birthDate: string, date: string, rule: AgeRule = 'birthday'): number {
  const birth = getDateParts(birthDate, 'birthDate');
  const on = getDateParts(date, 'date');
  if (date < birthDate) throw new RangeError(`date ${date} is before birthDate ${birthDate}`);
  if (rule === 'day-after-birthday')
    return date === birthDate ? 0 : ageOn(birthDate, addCalendarDays(date, -1));
  // Compare (month, day) pairs; Feb 29 compares greater than Feb 28, so in common years the
  // birthday is reached on Mar 1.
  const reached = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (reached ? 0 : 1);
}
