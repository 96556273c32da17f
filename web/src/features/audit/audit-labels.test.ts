import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from './audit-labels';

/** The `action: '…'` and `entityType: '…'` the server's background jobs write (no user did them). */
function writtenByJobs(field: 'action' | 'entityType'): string[] {
  const dir = fileURLToPath(new URL('../../../../server/jobs/', import.meta.url));
  const found = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    for (const match of readFileSync(dir + file, 'utf8').matchAll(new RegExp(`${field}: '([^']+)'`, 'g')))
      found.add(match[1]!);
  }
  return [...found].sort();
}

describe('audit labels', () => {
  it('names every action and entity the background jobs write (the log shows no raw code)', () => {
    const actions = writtenByJobs('action');
    expect(actions).toContain('rectification.escalate');
    expect(actions.filter((a) => !AUDIT_ACTIONS[a])).toEqual([]);
    expect(writtenByJobs('entityType').filter((e) => !AUDIT_ENTITY_TYPES[e])).toEqual([]);
  });

  it('names the rectification actions in both languages', () => {
    for (const action of ['rectification.escalate', 'rectification.follow-up']) {
      expect(AUDIT_ACTIONS[action]?.zh).toBeTruthy();
      expect(AUDIT_ACTIONS[action]?.en).toBeTruthy();
    }
    expect(AUDIT_ENTITY_TYPES.rectification).toEqual({ zh: '差评整改', en: 'Rectification' });
  });
});
