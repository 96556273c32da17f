import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = {
  '@core': fileURLToPath(new URL('./core', import.meta.url)),
  '@server': fileURLToPath(new URL('./server', import.meta.url)),
  '@web': fileURLToPath(new URL('./web/src', import.meta.url)),
};

/**
 * Four projects: `core` (pure, milliseconds), `web` (the web app's pure modules), `server` (real
 * PostgreSQL, a fresh database per test file cloned from a migrated template; see
 * server/test/global-setup.ts) and `e2e` (Chromium through the real UI against a running server).
 */
export default defineConfig({
  test: {
    projects: [
      // Property tests are synchronous and CPU-bound: a busy machine can stretch them past the 5 s default.
      {
        resolve: { alias },
        test: { name: 'core', include: ['core/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      // Pure modules of the web app (no DOM, no React): formatting, menu matching.
      {
        resolve: { alias },
        test: { name: 'web', include: ['web/src/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: { alias },
        test: {
          name: 'server',
          include: ['server/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['server/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
