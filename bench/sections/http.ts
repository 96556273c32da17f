import type { BenchSection } from '../lib/section';

/**
 * The HTTP floor of lawhall: readiness (one `select 1`), an authenticated read (session lookup, organisation
 * scope, abilities) and, where the route exists, a list read (GET /api/windows, the hall's ten windows).
 */
export const httpSection: BenchSection = {
  name: 'http',
  title: 'HTTP: lawhall against a bare Fastify hello world',
  async run({ lawhall, measure, say }) {
    const rows = [await measure({ label: '(b) lawhall GET /api/health', url: `${lawhall.url}/api/health` })];
    const admin = await lawhall.login();
    rows.push(
      await measure({
        label: '(c) lawhall GET /api/auth/me (session)',
        url: `${lawhall.url}/api/auth/me`,
        headers: { cookie: admin.cookie },
      }),
    );
    const probe = await fetch(`${lawhall.url}/api/windows`, { headers: { cookie: admin.cookie } });
    await probe.arrayBuffer();
    if (probe.status === 200) {
      rows.push(
        await measure({
          label: '(d) lawhall GET /api/windows (session)',
          url: `${lawhall.url}/api/windows`,
          headers: { cookie: admin.cookie },
        }),
      );
    } else {
      say(`  (d) GET /api/windows skipped: it answers ${probe.status}`);
    }
    return rows;
  },
};
