import { describe, expect, it } from 'vitest';
import { procedureCatalog } from './procedure-catalog';

describe('procedureCatalog field labels', () => {
  it('labels fields with names, never with an error message', () => {
    const labels = procedureCatalog().flatMap((p) =>
      p.actions.flatMap((a) =>
        Object.values(a.fieldLabels).map((label) => `${p.service}.${a.type}: ${label}`),
      ),
    );
    expect(labels.length).toBeGreaterThan(50);
    expect(labels.filter((l) => /无效|期望|实际接收|不正确|格式/u.test(l))).toEqual([]);
  });
});
