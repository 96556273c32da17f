import { describe, expect, it } from 'vitest';
import { abilities, effectiveAbilities, HALL_PERMISSIONS } from './policy';

const countyAdmin = {
  userId: 'u1',
  orgId: 'county',
  roles: ['admin'] as const,
  scopeOrgIds: ['county', 'county-aid'],
};

describe('effectiveAbilities (what the console offers = what the server allows)', () => {
  it('drops the queue permissions when the scope runs no hall', () => {
    const offered = effectiveAbilities(countyAdmin, null);
    for (const p of HALL_PERMISSIONS) expect(offered).not.toContain(p);
    expect(offered).toContain('window.manage');
    expect(offered).toEqual(abilities(countyAdmin).filter((p) => !HALL_PERMISSIONS.includes(p)));
  });

  it('drops them for a hall outside the scope, keeps them for a hall inside it', () => {
    expect(effectiveAbilities(countyAdmin, 'city-center')).not.toContain('queue.read');
    expect(effectiveAbilities(countyAdmin, 'county')).toEqual(abilities(countyAdmin));
  });

  it('never adds a permission the roles do not grant', () => {
    const lawyer = { userId: 'u2', orgId: 'firm', roles: ['lawyer'] as const, scopeOrgIds: ['firm'] };
    expect(effectiveAbilities(lawyer, 'firm')).toEqual(abilities(lawyer));
    expect(effectiveAbilities(lawyer, 'firm')).not.toContain('queue.read');
  });
});
