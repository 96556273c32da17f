#!/usr/bin/env node
// `npm start`: builds the web app when web/dist is missing or older than its sources, then runs the
// server (server/main.ts through tsx) in this same process.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureWebBuilt, root } from './build-web.mjs';

try {
  ensureWebBuilt();
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
await import('tsx/esm/api').then(({ register }) => register());
await import(pathToFileURL(path.join(root, 'server/main.ts')).href);
