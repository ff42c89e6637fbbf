// Times renderPreviewBody on the largest records: median of warm runs.
// Usage: npx tsx scripts/bench-render.ts [record.json ...]   (default: the largest corpus records)
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { renderPreviewBody } from '../server/src/core/render';

const CORPUS = resolve(__dirname, '..', '..', 'shared', 'corpus', 'v2json');
const DEFAULTS = ['NCT02513394.json', 'NCT04267848.json']
  .map((name) => join(CORPUS, name))
  .filter((file) => existsSync(file));
const files = process.argv.length > 2 ? process.argv.slice(2) : DEFAULTS;
const WARMUP = 5;
const RUNS = 21;

if (files.length === 0) {
  console.error(`No records to time: pass files, or check out the corpus at ${CORPUS}.`);
  process.exitCode = 2;
}

for (const file of files) {
  const study: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const started = performance.now();
  const html = renderPreviewBody(study, []);
  const cold = performance.now() - started;
  for (let i = 0; i < WARMUP; i++) renderPreviewBody(study, []);
  const times = Array.from({ length: RUNS }, () => {
    const t = performance.now();
    renderPreviewBody(study, []);
    return performance.now() - t;
  }).sort((a, b) => a - b);
  const median = times[Math.floor(RUNS / 2)] ?? 0;
  const p90 = times[Math.floor(RUNS * 0.9)] ?? 0;
  const sizeKb = (statSync(file).size / 1024).toFixed(0);
  console.log(
    `${basename(file)} (${sizeKb} KB record → ${(html.length / 1024).toFixed(0)} KB HTML): ` +
      `median ${median.toFixed(1)} ms, p90 ${p90.toFixed(1)} ms, first ${cold.toFixed(1)} ms (${RUNS} runs)`,
  );
}
