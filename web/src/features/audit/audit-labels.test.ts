import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LEGAL_AID_ACTIONS } from '@core/procedures/legal-aid-vocabulary';
import { PROCEDURES } from '@core/procedures/registry';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_GROUPS, AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from './audit-labels';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** Every non-test file under `dir` (relative to the repository) ending with `ext`, recursively. */
function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext) && !f.endsWith(`.test${ext}`))
    .map((f) => relative(root, join(root, dir, f)).replaceAll('\\', '/'))
    .sort();
}

const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** Where audit entries are written through recordAudit / auditInsert (server/audit/record-audit.ts). */
const AUDITED_DIRS = ['server/use-cases', 'server/routes', 'server/jobs'];

/** Audit codes are `area.verb` (the ticket log's own `action: 'announce'` etc. are not audit codes). */
const AUDIT_CODE = /^[a-z][a-z-]*(\.[a-z][a-z-]*)+$/;

/**
 * The action codes built at run time (`action: \`matter.${input.type}\``), by the template as written,
 * with every value it can take, from the type that bounds it.
 */
const DYNAMIC_ACTIONS: Record<string, string[]> = {
  // server/use-cases/matters/take-action.ts: any action of a window procedure but its opening one
  // (written as 'matter.open' by open-matter.ts).
  'matter.${input.type}': Object.values(PROCEDURES).flatMap(({ definition }) =>
    definition.actions.filter((a) => a !== definition.openingAction).map((a) => `matter.${a}`),
  ),
  // server/use-cases/legal-aid/take-action.ts: actionBody's `type`, every action but 'apply'.
  'legal-aid.${input.type}': LEGAL_AID_ACTIONS.filter((a) => a !== 'apply').map((a) => `legal-aid.${a}`),
  // server/use-cases/staff-programme/opinions.ts: the handling steps of an opinion.
  "opinion.${to === 'assigned' ? 'assign' : to === 'replied' ? 'reply' : 'close'}": [
    'opinion.assign',
    'opinion.reply',
    'opinion.close',
  ],
  // server/use-cases/evaluations/rectifications.ts: `step: 'callback' | 'rectify'`.
  'rectification.${input.step}': ['rectification.callback', 'rectification.rectify'],
};

/**
 * Files that audit with an action they are handed rather than one they spell: run-transition.ts writes
 * each ticket transition's `auditAction: '…'`, which the scan reads in the transition's own file.
 */
const PASS_THROUGH = ['server/use-cases/queue/run-transition.ts'];

interface Scan {
  actions: Set<string>;
  entityTypes: Set<string>;
  /** What the scan could not read: a template not in DYNAMIC_ACTIONS, an audited file yielding nothing. */
  unreadable: string[];
}

/**
 * The string literals an expression evaluates to: itself when a literal, the branches of a ternary over
 * literals (`lock ? 'auth.locked' : 'auth.login-failed'`); not the literals it compares with.
 */
function literalsOf(expression: string): string[] {
  return [...expression.matchAll(/(?:^|\? |\s: )'([^']*)'/g)].map((m) => m[1]!);
}

/** The lines of `text` that are not comment lines (doc comments quote actions: "an action: `…`"). */
function withoutComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line))
    .join('\n');
}

/** `action: …`, `auditAction: …` and `entityType: …` as written in the TypeScript of the audited dirs. */
function scanTypeScript(scan: Scan): void {
  for (const file of AUDITED_DIRS.flatMap((dir) => filesUnder(dir, '.ts'))) {
    const source = withoutComments(read(file));
    let found = 0;
    for (const [, expression] of source.matchAll(/\b(?:action|auditAction): *([^\n]*)/g)) {
      for (const [, template] of expression!.matchAll(/`([^`]*)`/g)) {
        const family = DYNAMIC_ACTIONS[template!];
        if (family) for (const code of family) scan.actions.add(code);
        else scan.unreadable.push(`${file}: action \`${template}\` is not listed in DYNAMIC_ACTIONS`);
        found++;
      }
      const withoutTemplates = expression!.replace(/`[^`]*`/g, '``');
      for (const code of literalsOf(withoutTemplates).filter((c) => AUDIT_CODE.test(c))) {
        scan.actions.add(code);
        found++;
      }
    }
    for (const [, expression] of source.matchAll(/\bentityType: *([^\n]*)/g))
      for (const type of literalsOf(expression!)) scan.entityTypes.add(type);
    const audits = /\b(?:recordAudit|auditInsert)\(/.test(source);
    if (audits && found === 0 && !PASS_THROUGH.includes(file))
      scan.unreadable.push(`${file}: audits, but no action code was found in it`);
  }
}

/** Splits a SQL select list on its top-level commas. */
function selectItems(list: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (const char of list) {
    if (char === "'") quoted = !quoted;
    else if (!quoted && char === '(') depth++;
    else if (!quoted && char === ')') depth--;
    if (char === ',' && depth === 0 && !quoted) {
      items.push(current.trim());
      current = '';
    } else current += char;
  }
  items.push(`${current.trim()}`);
  return items;
}

/**
 * `insert into audit_log (…) select …` in SQL: in the server's TypeScript (e.g. insert-issued-ticket.ts,
 * call-next.ts) and in the migrations (e.g. 0020 renumbering matters). Returns how many were read.
 */
function scanSql(scan: Scan): number {
  const files = [
    ...filesUnder('server', '.ts').filter((f) => !f.startsWith('server/test/')),
    ...filesUnder('server/db/migrations', '.sql'),
  ];
  let statements = 0;
  for (const file of files) {
    const pattern = /insert into audit_log\s*\(([^)]*)\)\s*select\s+([\s\S]*?)\s+from\s/gi;
    for (const [, columnList, selectList] of read(file).matchAll(pattern)) {
      statements++;
      const columns = columnList!.split(',').map((c) => c.trim());
      const values = selectItems(selectList!);
      for (const [column, into] of [
        ['action', scan.actions],
        ['entity_type', scan.entityTypes],
      ] as const) {
        const literal = /^'([^']*)'$/.exec(values[columns.indexOf(column)] ?? '');
        if (literal) into.add(literal[1]!);
        else scan.unreadable.push(`${file}: the ${column} inserted into audit_log is not a literal`);
      }
    }
  }
  return statements;
}

function scanServer(): Scan & { sqlStatements: number } {
  const scan: Scan = { actions: new Set(), entityTypes: new Set(), unreadable: [] };
  scanTypeScript(scan);
  return { ...scan, sqlStatements: scanSql(scan) };
}

describe('audit labels', () => {
  const scan = scanServer();

  it('reads every place the server writes an audit entry', () => {
    expect(scan.unreadable).toEqual([]);
    // Drizzle inserts into audit_log go through record-audit.ts only; raw SQL ones are read above.
    const drizzleInserts = filesUnder('server', '.ts').filter((f) => /insert\(auditLog\)/.test(read(f)));
    expect(drizzleInserts).toEqual(['server/audit/record-audit.ts']);
    expect(scan.sqlStatements).toBeGreaterThanOrEqual(3);
  });

  it('finds the known actions of every kind of writer (so it cannot pass by finding nothing)', () => {
    for (const code of [
      'auth.logout', // a route
      'auth.locked', // a ternary's branch
      'study.close-plan',
      'rectification.escalate', // a job
      'queue.ticket.close', // a ticket transition's auditAction
      'queue.ticket.issue', // SQL in insert-issued-ticket.ts
      'queue.ticket.call', // SQL in call-next.ts
      'matter.renumber', // SQL in migration 0020
      'matter.open',
      'matter.accept', // dynamic families
      'legal-aid.grant',
      'opinion.reply',
      'rectification.callback',
    ])
      expect(scan.actions).toContain(code);
    for (const type of ['user', 'ticket', 'matter', 'legal-aid-matter', 'study-plan'])
      expect(scan.entityTypes).toContain(type);
    expect(scan.actions.size).toBeGreaterThan(150);
  });

  it('names every action and entity type the server writes (the log shows no raw code)', () => {
    expect([...scan.actions].filter((a) => !AUDIT_ACTIONS[a]).sort()).toEqual([]);
    expect([...scan.entityTypes].filter((e) => !AUDIT_ENTITY_TYPES[e]).sort()).toEqual([]);
  });

  it('names each code in both languages', () => {
    for (const [code, label] of [...Object.entries(AUDIT_ACTIONS), ...Object.entries(AUDIT_ENTITY_TYPES)]) {
      expect(label.zh.trim(), code).not.toBe('');
      expect(label.en.trim(), code).not.toBe('');
    }
  });

  it('offers an “all of an area” filter for every area with several actions, each matching labelled ones', () => {
    const areas = new Map<string, number>();
    for (const code of Object.keys(AUDIT_ACTIONS)) {
      const area = code.slice(0, code.indexOf('.'));
      areas.set(area, (areas.get(area) ?? 0) + 1);
    }
    const grouped = new Set(AUDIT_ACTION_GROUPS.map((g) => g.value.replace(/\.\*$/, '')));
    for (const group of AUDIT_ACTION_GROUPS) {
      expect(group.value, group.zh).toMatch(/^[a-z-]+\.\*$/);
      expect(areas.get(group.value.slice(0, -2)), group.value).toBeGreaterThan(1);
    }
    const manyActions = [...areas].filter(([, n]) => n >= 4).map(([area]) => area);
    expect(manyActions.filter((area) => !grouped.has(area))).toEqual([]);
  });

  it('names the rectification actions in both languages', () => {
    for (const action of ['rectification.escalate', 'rectification.follow-up']) {
      expect(AUDIT_ACTIONS[action]?.zh).toBeTruthy();
      expect(AUDIT_ACTIONS[action]?.en).toBeTruthy();
    }
    expect(AUDIT_ENTITY_TYPES.rectification).toEqual({ zh: '差评整改', en: 'Rectification' });
  });
});
