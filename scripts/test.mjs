#!/usr/bin/env node
// `npm test`: type-check, lint, then every vitest project (core, server, e2e). The e2e project builds
// the web app if needed and drives Debian's chromium. Extra arguments go to vitest.
import { spawnSync } from 'node:child_process';

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
const extra = process.argv.slice(2);
if (extra.length === 0) {
  run('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
  run('npx', ['biome', 'check', '.']);
}
// CI asks for a JSON summary as well (LAWHALL_TEST_JSON=path) to print its pass/fail line.
const json = process.env.LAWHALL_TEST_JSON;
const reporters = json ? ['--reporter=default', '--reporter=json', `--outputFile.json=${json}`] : [];
run('npx', ['vitest', 'run', ...reporters, ...extra]);
