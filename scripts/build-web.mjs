// Builds the web app (web/dist) when it is missing or older than its sources (web/, core/).
// Used by `npm start` (scripts/start.mjs) and by the browser tests' global setup.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return t;
}

/** Returns true when a build ran. Throws when the build fails. */
export function ensureWebBuilt(log = (line) => process.stdout.write(`${line}\n`)) {
  const built = path.join(root, 'web/dist/index.html');
  const sources = Math.max(newest(path.join(root, 'web')), newest(path.join(root, 'core')));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return false;
  log('正在构建网页（首次启动约需一分钟）……');
  const result = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('网页构建失败 (vite build)');
  return true;
}
