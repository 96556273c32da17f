/**
 * Identifiers of people and organisations: resident ID numbers (GB 11643-1999), unified social
 * credit codes (GB 32100-2015), phone numbers and person names (and finding them by pinyin). Pure, no I/O.
 */
export { type AgeRule, ageOn } from './age';
export {
  BAOTOU_CITY_CODE,
  BAOTOU_DIVISIONS,
  divisionWarnings,
  findDivisionName,
  PROVINCE_DIVISIONS,
} from './divisions';
export { matchesNamePinyin, namePinyinPattern, namePinyinText, pinyinQuery } from './name-pinyin';
export {
  MAX_PERSON_NAME_LENGTH,
  MIDDLE_DOT,
  normalizePersonName,
  type PersonNameResult,
  validatePersonName,
} from './person-name';
export { maskPhone, normalizePhone, type PhoneResult } from './phone';
export {
  maskResidentId,
  parseResidentId,
  type ResidentIdError,
  type ResidentIdOk,
  type ResidentIdResult,
  residentIdCheckChar,
  upgradeResidentId15,
} from './resident-id';
export {
  parseUscc,
  USCC_ALPHABET,
  type UsccError,
  type UsccOk,
  type UsccResult,
  usccCheckChar,
} from './uscc';
