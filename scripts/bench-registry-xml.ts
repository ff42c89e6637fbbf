// Times the registry XML export of the largest records and the import of classic XML records,
// next to a peer doing the floor of the same work in the same run: yaml.stringify of the record
// (today's `export --to yaml`) for the export, fast-xml-parser's bare parse for the import.
// Usage: npx tsx scripts/bench-registry-xml.ts      (uses ../shared/corpus when present, else the fixtures)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { stringify } from 'yaml';
import { exportRegistryXml, importRegistryXml } from '../server/src/core/registryXml';

const ROOT = resolve(__dirname, '..');
const SHARED = resolve(ROOT, '..', 'shared', 'corpus');
const V2 = existsSync(join(SHARED, 'v2json')) ? join(SHARED, 'v2json') : join(ROOT, 'test/fixtures/records');
const LEGACY = existsSync(join(SHARED, 'legacyxml'))
  ? join(SHARED, 'legacyxml')
  : join(ROOT, 'test/fixtures/legacyxml');
const RUNS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Wall time (median of warm runs) and CPU time per run: on a shared machine the wall time also
 * counts the time spent waiting for a core, the CPU time does not.
 */
function time(run: () => void, runs = RUNS): { first: number; median: number; cpu: number } {
  let started = performance.now();
  run();
  const first = performance.now() - started;
  run();
  const times: number[] = [];
  const cpuBefore = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  const cpu = process.cpuUsage(cpuBefore);
  return { first, median: median(times), cpu: (cpu.user + cpu.system) / 1000 / runs };
}

const largest = readdirSync(V2)
  .filter((name) => name.endsWith('.json'))
  .map((name) => join(V2, name))
  .sort((a, b) => statSync(b).size - statSync(a).size)
  .slice(0, 3);
console.log(`Export to PRS upload XML (largest records of ${V2}):`);
for (const file of largest) {
  const record: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const ours = time(() => exportRegistryXml(record, { orgName: 'BENCH' }));
  const peer = time(() => stringify(record, { lineWidth: 0 }));
  const kb = (statSync(file).size / 1024).toFixed(0);
  console.log(
    `  ${basename(file)} (${kb} KB): export median ${ours.median.toFixed(1)} ms wall, ${ours.cpu.toFixed(1)} ms CPU ` +
      `(first ${ours.first.toFixed(1)} ms); peer yaml.stringify ` +
      `${peer.median.toFixed(1)} ms wall, ${peer.cpu.toFixed(1)} ms CPU`,
  );
}

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: false, htmlEntities: true });
const legacy = readdirSync(LEGACY)
  .filter((name) => name.endsWith('.xml'))
  .map((name) => join(LEGACY, name));
const ours: number[] = [];
const peer: number[] = [];
const oursCpu: number[] = [];
for (const file of legacy) {
  const text = readFileSync(file, 'utf8');
  importRegistryXml(text); // warm
  const measured = time(() => importRegistryXml(text), 3);
  ours.push(measured.median);
  oursCpu.push(measured.cpu);
  peer.push(
    time(() => {
      parser.parse(text);
    }, 3).median,
  );
}
const sorted = [...ours].sort((a, b) => a - b);
const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
const worst = legacy[ours.indexOf(sorted[sorted.length - 1] ?? 0)];
console.log(`Import of classic public XML (${legacy.length} records of ${LEGACY}):`);
console.log(
  `  import median ${median(ours).toFixed(2)} ms, p95 ${p95.toFixed(2)} ` +
    `ms, max ${(sorted[sorted.length - 1] ?? 0).toFixed(1)} ms ` +
    `(${worst ? basename(worst) : '-'}, ${worst ? (statSync(worst).size / 1024).toFixed(0) : 0} KB); ` +
    `CPU median ${median(oursCpu).toFixed(2)} ms; peer fast-xml-parser ` +
    `parse alone: median ${median(peer).toFixed(2)} ms`,
);
console.log(
  `Load average while measuring: ${loadavg()
    .map((value) => value.toFixed(1))
    .join(', ')} (2 cores shared).`,
);
