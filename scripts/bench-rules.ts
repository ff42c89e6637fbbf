// Times the full rule pack on the largest corpus record (median over runs).
// Usage: npx tsx scripts/bench-rules.ts [record.json] [runs]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runRules } from '../server/src/core/engine';

export function benchRules(
  study: unknown,
  runs: number,
): { median: number; min: number; max: number; findings: number } {
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs + 5; i++) {
    const started = performance.now();
    findings = runRules(study, { today: new Date().toISOString().slice(0, 10) }).length;
    if (i >= 5) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1], findings };
}

if (require.main === module) {
  const path = process.argv[2] ?? join(__dirname, '..', '..', 'shared', 'corpus', 'v2json', 'NCT02513394.json');
  const runs = Number(process.argv[3] ?? 50);
  const result = benchRules(JSON.parse(readFileSync(path, 'utf8')), runs);
  console.log(
    `${path}: ${result.findings} findings; median ${result.median.toFixed(2)} ms (min ` +
      `${result.min.toFixed(2)}, max ${result.max.toFixed(2)}) over ${runs} runs`,
  );
}
