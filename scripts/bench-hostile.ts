// Times the checker on hostile input a file may hold: a 100,000-character intervention name
// (against the backtracking pattern the name normaliser used to have), a long run of spaces in an
// arm's reference, and a YAML alias bomb. Prints numbers; asserts nothing (tests check results).
// Usage: npx tsx scripts/bench-hostile.ts
import { nameKey, splitInterventionRef } from '../server/src/core/arms';
import { parseRecord } from '../server/src/core/parse';

function time(label: string, run: () => unknown): number {
  const started = performance.now();
  run();
  const ms = performance.now() - started;
  console.log(`${label.padEnd(64)} ${ms.toFixed(1).padStart(9)} ms`);
  return ms;
}

/** The plural-stripping pattern nameKey used before: quadratic on a long word. */
const OLD_PLURAL = /(\w{3,})s\b/g;

for (const length of [10_000, 100_000]) {
  const name = 'a'.repeat(length);
  const ours = time(`nameKey, ${length.toLocaleString('en')}-character name`, () => nameKey(name));
  // The old pattern on a tenth of the name, scaled: running it on the whole name takes seconds.
  const sample = name.slice(0, length / 10);
  const peer = time(`  old /(\\w{3,})s\\b/ on a tenth of it`, () => sample.replace(OLD_PLURAL, '$1'));
  console.log(
    `  old pattern, a tenth of the input, is ` +
      `${(peer / Math.max(ours, 0.01)).toFixed(0)}x slower than nameKey on all of it`,
  );
}
time('splitInterventionRef, 100,000 spaces then a name', () => splitInterventionRef(' '.repeat(100_000) + 'Drug: x'));

const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
for (let i = 1; i < 8; i++) {
  const previous = String.fromCharCode(96 + i);
  levels.push(
    `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
      .fill('*' + previous)
      .join(', ')}]`,
  );
}
time('parse a YAML alias bomb (10^8 values if expanded)', () => parseRecord(levels.join('\n') + '\n', 'yaml'));
