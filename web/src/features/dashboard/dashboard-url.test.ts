import { describe, expect, it } from 'vitest';
import { searchOfView, viewFromSearch } from './dashboard-url';

const TODAY = '2026-03-18';
const ORG = '0b9e4c1e-6f0a-4b8e-9d3c-2a1f5e7d8c90';
const view = (search: string) => viewFromSearch(new URLSearchParams(search), TODAY);

describe('the dashboard view in the address', () => {
  it('defaults to this month so far and the caller’s own bureau', () => {
    expect(view('')).toEqual({ from: '2026-03-01', to: TODAY, orgId: undefined });
  });

  it('reads the period and the organisation', () => {
    expect(view(`from=2025-01-01&to=2025-12-31&org=${ORG}`)).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
      orgId: ORG,
    });
  });

  it('defaults a missing or malformed end on its own', () => {
    expect(view('from=2026-02-10')).toEqual({ from: '2026-02-10', to: TODAY, orgId: undefined });
    expect(view('from=2026-02-30&to=2026-03-10')).toEqual({
      from: '2026-03-01',
      to: '2026-03-10',
      orgId: undefined,
    });
  });

  it('falls back to the default period when the server would refuse the one asked for', () => {
    const fallback = { from: '2026-03-01', to: TODAY, orgId: undefined };
    expect(view('from=2026-03-10&to=2026-03-01')).toEqual(fallback); // reversed
    expect(view('from=2015-01-01&to=2026-03-01')).toEqual(fallback); // longer than five years
    expect(view('from=yesterday&to=today')).toEqual(fallback);
  });

  it('leaves out an organisation that is not a uuid', () => {
    expect(view("org=1' or 1=1").orgId).toBeUndefined();
  });

  it('writes the period and a picked organisation, keeping other params, and reads back the same view', () => {
    const written = searchOfView(
      { from: '2025-07-01', to: '2025-09-30', orgId: ORG },
      new URLSearchParams('lang=en&org=old'),
    );
    expect(written.toString()).toBe(`lang=en&org=${ORG}&from=2025-07-01&to=2025-09-30`);
    expect(viewFromSearch(written, TODAY)).toEqual({ from: '2025-07-01', to: '2025-09-30', orgId: ORG });
    expect(searchOfView({ from: '2025-07-01', to: '2025-09-30' }, written).has('org')).toBe(false);
  });
});
