/**
 * Every refusal a window procedure can give has a Chinese and an English message: this reads the source
 * of core/procedures and checks each `fail(code, { zh, en }, field)` call (the type checker already
 * demands both languages; this checks what they say). A message built at run time is checked where the
 * procedure tests meet it (window.fixtures.ts `expectRefused`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasCjk } from '@core/i18n/localized';
import { describe, expect, it } from 'vitest';

const DIR = join(import.meta.dirname);

/** The index just past the string or template literal opening at `start`. */
function skipLiteral(source: string, start: number): number {
  const quote = source[start];
  let i = start + 1;
  while (i < source.length && source[i] !== quote) {
    if (source[i] === '\\') i += 1;
    else if (quote === '`' && source.startsWith('${', i)) i = skipBalanced(source, i + 1);
    else i += 1;
    if (quote === '`' && source[i - 1] === '}' && source[i] === quote) break;
  }
  return i + 1;
}

/** The index just past the bracket closing the one at `open`. */
function skipBalanced(source: string, open: number): number {
  let depth = 0;
  let i = open;
  while (i < source.length) {
    const c = source[i] as string;
    if (c === "'" || c === '"' || c === '`') {
      i = skipLiteral(source, i);
      continue;
    }
    if ('([{'.includes(c)) depth += 1;
    else if (')]}'.includes(c)) {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
    i += 1;
  }
  return i;
}

/** The literal text of a string or template literal, its `${…}` parts removed. */
function literalText(literal: string): string {
  return literal.slice(1, -1).replace(/\$\{[^}]*\}/g, '');
}

/** One `fail(…)` call: where, its arguments' text and the literal text of its `zh` and `en`. */
interface FailCall {
  where: string;
  text: string;
  /** Whether the message argument is `{ zh…, en… }`. */
  bilingual: boolean;
  /** The literal text of `zh` / `en` (undefined when computed: checked at run time). */
  zh: string | undefined;
  en: string | undefined;
}

/** The window procedures' sources (legal aid keeps its own module and its own `fail`). */
const SOURCES = readdirSync(DIR).filter(
  (name) => name.endsWith('.ts') && !/\.(test|fixtures)\.ts$/.test(name) && !name.startsWith('legal-aid'),
);

function literalOf(text: string, key: string): string | undefined {
  const at = new RegExp(`\\b${key}: *(['\`])`).exec(text);
  if (!at) return undefined;
  const open = at.index + at[0].length - 1;
  return literalText(text.slice(open, skipLiteral(text, open)));
}

function failCalls(): FailCall[] {
  return SOURCES.flatMap((file) => {
    const source = readFileSync(join(DIR, file), 'utf8');
    return [...source.matchAll(/(?<![\w.])fail\(/g)]
      .filter((match) => !source.slice(0, match.index).endsWith('function '))
      .map((match) => {
        const open = match.index + match[0].length - 1;
        const text = source.slice(open, skipBalanced(source, open));
        const line = source.slice(0, match.index).split('\n').length;
        return {
          where: `${file}:${line}`,
          text,
          bilingual: /,\s*\{\s*zh\b[\s\S]*\ben\b/.test(text),
          zh: literalOf(text, 'zh'),
          en: literalOf(text, 'en'),
        };
      });
  });
}

describe('refusal messages of the window procedures', () => {
  const calls = failCalls();

  it('finds the refusals of all nine procedures and the shared kit', () => {
    const files = new Set(calls.map((call) => call.where.split(':')[0]));
    for (const file of [
      'procedure-kit.ts',
      'consultation.ts',
      'mediation-handlers.ts',
      'notarization-handlers.ts',
      'lawyer-services.ts',
      'arbitration-handlers.ts',
      'appraisal.ts',
      'reconsideration-handlers.ts',
      'publicity.ts',
      'aid-qualification.ts',
      'fee.ts',
    ])
      expect(files).toContain(file);
    expect(calls.length).toBeGreaterThan(140);
    expect(calls.filter((call) => call.en !== undefined).length).toBeGreaterThan(140);
  });

  it('gives every refusal a Chinese and an English message, the English without Chinese', () => {
    const problems = calls.flatMap((call) => {
      // A refusal passing on a problem built elsewhere (providerProblem, dateBoundProblem: typed Localized) is
      // checked there.
      if (/^\(\s*(?:\w+\.code|`[^`]*\$\{\w+\.code\}`),\s*\w+\.message\b/.test(call.text)) return [];
      if (!call.bilingual) return [`${call.where}: not { zh, en }: ${call.text}`];
      const out: string[] = [];
      if (call.zh !== undefined && !/\p{Script=Han}/u.test(call.zh))
        out.push(`${call.where}: Chinese message has no Chinese`);
      if (call.en !== undefined && call.en.trim() === '') out.push(`${call.where}: empty English message`);
      if (call.en !== undefined && hasCjk(call.en)) out.push(`${call.where}: Chinese in English: ${call.en}`);
      return out;
    });
    expect(problems).toEqual([]);
  });
});
