#!/usr/bin/env node
// `npm start`: builds the web app when web/dist is missing or older than its sources, then runs the
// server (server/main.ts through tsx) in this same process.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const newest = (dir) => {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    t = Math.max(t, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return t;
};
const built = path.join(root, 'web/dist/index.html');
const sources = Math.max(newest(path.join(root, 'web')), newest(path.join(root, 'core')));
if (!existsSync(built) || statSync(built).mtimeMs < sources) {
  process.stdout.write('正在构建网页（首次启动约需一分钟）……\n');
  const result = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
await import('tsx/esm/api').then(({ register }) => register());
await import(pathToFileURL(path.join(root, 'server/main.ts')).href);
