/**
 * Times completion, hover and the outline on a typical record (~12 KB) and on the largest
 * corpus record, as JSON and as YAML. Targets: median < 10 ms typical, < 50 ms largest.
 * Usage: npx tsx scripts/bench-features.ts [corpus-dir]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { stringify } from 'yaml';
import { createTrialRecordService, systemClock } from '../server/src/core';
import { provideCompletions, provideDocumentSymbols, provideHover } from '../server/src/core/features';
import type { ParsedDocument } from '../server/src/core/parse';

const CORPUS = process.argv[2] ?? join(__dirname, '../../shared/corpus/v2json');
const LARGEST = 'NCT02513394.json';
const RUNS = 60;

function typicalFile(): string {
  const files = readdirSync(CORPUS).filter((name) => name.endsWith('.json'));
  return files.reduce((best, name) =>
    Math.abs(statSync(join(CORPUS, name)).size - 12_000) < Math.abs(statSync(join(CORPUS, best)).size - 12_000)
      ? name
      : best,
  );
}

function time(run: () => unknown): { median: number; p95: number } {
  for (let i = 0; i < 5; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(RUNS / 2)], p95: samples[Math.floor(RUNS * 0.95)] };
}

/** Cursor positions a user would complete or hover at: an enum value, a module's keys, an arm reference. */
function positions(doc: ParsedDocument): number[] {
  const text = doc.text;
  return ['INTERVENTIONAL', 'OBSERVATIONAL', 'briefTitle', 'interventionNames', 'overallStatus']
    .map((needle) => text.indexOf(needle))
    .filter((offset) => offset >= 0)
    .map((offset) => offset + 3);
}

function bench(label: string, doc: ParsedDocument): void {
  const at = positions(doc);
  const rows = {
    completion: time(() => at.forEach((offset) => provideCompletions(doc, offset))),
    hover: time(() => at.forEach((offset) => provideHover(doc, offset))),
    symbols: time(() => provideDocumentSymbols(doc)),
  };
  const size = `${Math.round(doc.text.length / 1024)} KB`;
  for (const [feature, { median, p95 }] of Object.entries(rows)) {
    // Completion and hover are timed over all positions; report per request.
    const per = feature === 'symbols' ? 1 : at.length;
    console.log(
      `${label.padEnd(28)} ${size.padStart(7)}  ${feature.padEnd(10)} median ` +
        `${(median / per).toFixed(2).padStart(6)} ms   p95 ${(p95 / per).toFixed(2).padStart(6)} ms`,
    );
  }
}

function main(): void {
  if (!existsSync(CORPUS)) {
    console.error(`No corpus at ${CORPUS}`);
    process.exitCode = 1;
    return;
  }
  const service = createTrialRecordService({ clock: systemClock });
  for (const file of [typicalFile(), LARGEST]) {
    const json = readFileSync(join(CORPUS, file), 'utf8');
    bench(`${file} (json)`, service.parse(json, 'json'));
    bench(`${file} (yaml)`, service.parse(stringify(JSON.parse(json)), 'yaml'));
  }
}

main();
