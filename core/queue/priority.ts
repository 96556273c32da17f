/**
 * Priority groups (重点群体) and who gets a priority ticket (优先号).
 *
 * Bases: 老年人权益保障法 (the elderly are people aged 60 and over; public services give them
 * priority), 残疾人保障法, 未成年人保护法, 退役军人保障法 and 军人地位和权益保障法 (priority
 * service for veterans, servicemen and their families), 法律援助法 (minimum-allowance recipients,
 * migrant workers claiming wages), and the hall's own rules (pregnant women).
 *
 * A group comes from one of three sources: the citizen's age from the birth date in the resident ID
 * number (`'id-number'`), a government register the hall checked (`'register'`: disability,
 * dibao/low-income, veterans, ...), or a staff member who saw proof and wrote down why
 * (`'staff-claim'`).
 */

/** The priority groups, in display order, with their Chinese labels. */
export const priorityGroups = [
  { code: 'elderly', labelZh: '老年人' },
  { code: 'minor', labelZh: '未成年人' },
  { code: 'disabled', labelZh: '残疾人' },
  { code: 'dibao-low-income', labelZh: '低保及低收入人口' },
  { code: 'veteran', labelZh: '退役军人' },
  { code: 'military-family', labelZh: '现役军人及军属' },
  { code: 'migrant-worker-wage', labelZh: '农民工讨薪' },
  { code: 'pregnant', labelZh: '孕妇' },
] as const;

/** A priority group code, e.g. `'elderly'`. */
export type PriorityGroup = (typeof priorityGroups)[number]['code'];

/** The group codes in display order. */
export const priorityGroupCodes: readonly PriorityGroup[] = priorityGroups.map((group) => group.code);

/** Where a group came from, in this fixed order. */
export const prioritySources = ['id-number', 'register', 'staff-claim'] as const;
export type PrioritySource = (typeof prioritySources)[number];

/** Ages in whole years. A citizen is elderly at `elderlyAge` or older, a minor below `adultAge`. */
export interface PriorityConfig {
  /** Whole years; 60 by 老年人权益保障法 art. 2. A hall may lower it (e.g. 55). */
  elderlyAge: number;
  /** Whole years; 18 (民法典 art. 17). Set 0 to stop deriving minors from the birth date. */
  adultAge: number;
}

export const defaultPriorityConfig: PriorityConfig = { elderlyAge: 60, adultAge: 18 };

/** Input: any of the three sources; all optional. */
export interface PriorityInput {
  /** `YYYY-MM-DD`, e.g. from the resident ID number. */
  birthDate?: string;
  /** Group codes returned by registers; codes that are not priority groups are ignored (and reported). */
  registerGroups?: readonly string[];
  /** A staff member's claim; `reason` (what proof was seen) must not be blank. */
  claimed?: { group: PriorityGroup; reason: string };
}

/** The outcome: `groups` and `sources` are de-duplicated, in the order of `priorityGroupCodes` / `prioritySources`. */
export interface PriorityResult {
  priority: boolean;
  groups: PriorityGroup[];
  sources: PrioritySource[];
  /** Register codes that are not priority groups, as given (kept so a misconfigured register shows). */
  ignoredRegisterGroups: string[];
}

const labels: ReadonlyMap<string, string> = new Map(priorityGroups.map((g) => [g.code, g.labelZh]));

/** Whether `value` is a priority group code (narrows the type). */
export function isPriorityGroup(value: string): value is PriorityGroup {
  return labels.has(value);
}

/** The Chinese label of a group, e.g. `'老年人'`. */
export function priorityGroupLabel(group: PriorityGroup): string {
  return labels.get(group) ?? group;
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a calendar date `YYYY-MM-DD` (proleptic Gregorian). Throws RangeError if it is not a real date. */
function parseIsoDate(text: string): { year: number; month: number; day: number } {
  const match = isoDatePattern.exec(text);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    const probe = new Date(0);
    probe.setUTCFullYear(year, month - 1, day);
    if (probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day) {
      return { year, month, day };
    }
  }
  throw new RangeError(`Not a date (YYYY-MM-DD): ${text}`);
}

/**
 * Age in whole years on `date` of someone born on `birthDate` (both `YYYY-MM-DD`; pass the Beijing
 * business date, see `businessDateOf`). The age goes up on the birthday; someone born on 29 February
 * turns a year older on 1 March in non-leap years (and on 29 February in leap years).
 * Throws RangeError on an invalid date or when `date` is before `birthDate`.
 */
export function ageOn(birthDate: string, date: string): number {
  const birth = parseIsoDate(birthDate);
  const on = parseIsoDate(date);
  // Comparing (month, day) pairs gives the Feb-29 rule for free: (2, 28) < (2, 29) < (3, 1).
  const hadBirthday = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  const age = on.year - birth.year - (hadBirthday ? 0 : 1);
  if (age < 0) throw new RangeError(`Date ${date} is before birth date ${birthDate}`);
  return age;
}

function assertConfig(config: PriorityConfig): void {
  for (const [name, value] of Object.entries(config)) {
    if (!Number.isInteger(value) || value < 0) {
      throw new RangeError(`Priority config ${name} must be a non-negative integer: ${value}`);
    }
  }
  if (config.adultAge > config.elderlyAge) {
    throw new RangeError('Priority config adultAge must not exceed elderlyAge');
  }
}

/**
 * Which priority groups a citizen belongs to on `date` (the Beijing business date `YYYY-MM-DD`), and
 * from which sources. `priority` is true when there is at least one group.
 * Throws RangeError on an invalid birth date or date, a birth date after `date`, an unknown claimed
 * group or a blank claim reason (input validation should have caught these).
 */
export function derivePriority(
  input: PriorityInput,
  date: string,
  config: PriorityConfig = defaultPriorityConfig,
): PriorityResult {
  assertConfig(config);
  parseIsoDate(date);
  const found = new Set<PriorityGroup>();
  const sources = new Set<PrioritySource>();
  const ignoredRegisterGroups: string[] = [];

  if (input.birthDate !== undefined) {
    const age = ageOn(input.birthDate, date);
    if (age >= config.elderlyAge) found.add('elderly');
    if (age < config.adultAge) found.add('minor');
    if (found.size > 0) sources.add('id-number');
  }

  for (const code of input.registerGroups ?? []) {
    if (isPriorityGroup(code)) {
      found.add(code);
      sources.add('register');
    } else {
      ignoredRegisterGroups.push(code);
    }
  }

  if (input.claimed) {
    const { group, reason } = input.claimed;
    if (!isPriorityGroup(group)) throw new RangeError(`Unknown priority group: ${group}`);
    if (reason.trim() === '') throw new RangeError('A staff claim of priority needs a reason');
    found.add(group);
    sources.add('staff-claim');
  }

  return {
    priority: found.size > 0,
    groups: priorityGroupCodes.filter((code) => found.has(code)),
    sources: prioritySources.filter((source) => sources.has(source)),
    ignoredRegisterGroups,
  };
}
