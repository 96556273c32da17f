/**
 * English for a zod 4 validation issue whose own message is Chinese (the payload and request schemas
 * carry the Chinese messages staff see): the field's English name and what is wrong with it, from the
 * issue's code and limits. A refinement may give its own English as `params: { en: '… {field} …' }`.
 */
import { hasCjk } from './localized';

/** The parts of a zod issue (or of fastify-type-provider-zod's `params`) this reads. */
export interface IssueFacts {
  code?: string;
  expected?: unknown;
  origin?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: unknown;
  format?: unknown;
  divisor?: unknown;
  keys?: unknown;
  params?: unknown;
}

/** 'idNumber' → 'Id number' (a field without an English name in the tables). */
export function humanizeKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words[0]?.toUpperCase() + words.slice(1) : 'This field';
}

/**
 * The English name of the field at `path` (its last non-index key) from `names`, else the key made
 * readable; 'This field' for the whole input.
 */
export function englishFieldName(
  path: readonly PropertyKey[],
  names: Readonly<Record<string, string>>,
): string {
  const key = [...path].reverse().find((part) => typeof part === 'string' && !/^\d+$/.test(part));
  if (typeof key !== 'string') return 'This field';
  const name = names[key];
  return name !== undefined && !hasCjk(name) ? name : humanizeKey(key);
}

const plural = (count: unknown, word: string) => `${String(count)} ${word}${count === 1 ? '' : 's'}`;

function tooSmall(field: string, issue: IssueFacts): string {
  const min = issue.minimum;
  const strict = issue.inclusive === false;
  switch (issue.origin) {
    case 'string':
      return min === 1 ? `${field} is required` : `${field} needs at least ${plural(min, 'character')}`;
    case 'array':
    case 'set':
      return `${field} needs at least ${plural(min, 'item')}`;
    default:
      return `${field} must be ${strict ? 'greater than' : 'at least'} ${String(min)}`;
  }
}

function tooBig(field: string, issue: IssueFacts): string {
  const max = issue.maximum;
  const strict = issue.inclusive === false;
  switch (issue.origin) {
    case 'string':
      return `${field} can have at most ${plural(max, 'character')}`;
    case 'array':
    case 'set':
      return `${field} can have at most ${plural(max, 'item')}`;
    default:
      return `${field} must be ${strict ? 'less than' : 'at most'} ${String(max)}`;
  }
}

function ownEnglish(issue: IssueFacts, field: string): string | undefined {
  const params = issue.params as { en?: unknown } | undefined;
  return typeof params?.en === 'string' ? params.en.replaceAll('{field}', field) : undefined;
}

/**
 * The English message of one issue about `field` (an English field name); `present` tells a missing
 * value (required) from one of the wrong type.
 */
export function englishIssue(issue: IssueFacts, field: string, present: boolean): string {
  const own = ownEnglish(issue, field);
  if (own !== undefined) return own;
  switch (issue.code) {
    case 'invalid_type':
      return present ? `${field} must be a ${String(issue.expected)}` : `${field} is required`;
    case 'too_small':
      return tooSmall(field, issue);
    case 'too_big':
      return tooBig(field, issue);
    case 'invalid_value':
      return `${field}: choose one of the values offered`;
    case 'invalid_format':
      return issue.format === 'uuid' || issue.format === 'guid'
        ? `${field} is not a valid identifier`
        : `${field} is not in the expected format`;
    case 'not_multiple_of':
      return `${field} must be a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return `Unknown fields: ${Array.isArray(issue.keys) ? issue.keys.join(', ') : ''}`;
    default:
      return `${field} is not valid`;
  }
}

/** The value at `path` inside `input` (undefined when any step is missing). */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}
