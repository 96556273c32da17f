/**
 * Packs the law corpus (a folder of Markdown files in the LawRefBook layout, default ../shared/data/laws)
 * into data-sources/laws/laws.jsonl.gz: one JSON line `{ "path": "社会法/法律援助法(2021-08-20).md",
 * "markdown": "…" }` per instrument, sorted by path. The server imports that file (server/laws/import-laws.ts);
 * the folder itself is not needed at run time. Run: `npx tsx scripts/laws/pack-corpus.ts [folder]`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../..', import.meta.url));
const source = path.resolve(process.argv[2] ?? path.join(root, '../shared/data/laws'));
const target = path.join(root, 'data-sources/laws/laws.jsonl.gz');
const SKIP = new Set(['_index.md', 'SOURCE.md', '法律法规模版.md']);

const files = (readdirSync(source, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.md') && !SKIP.has(path.basename(f)))
  .map((f) => f.split(path.sep).join('/'))
  .sort();
const lines = files.map((f) =>
  JSON.stringify({ path: f, markdown: readFileSync(path.join(source, f), 'utf8') }),
);
const gz = gzipSync(`${lines.join('\n')}\n`, { level: 9 });
writeFileSync(target, gz);
process.stdout.write(
  `${files.length} instruments → ${path.relative(root, target)} (${(gz.length / 1e6).toFixed(1)} MB)\n`,
);
