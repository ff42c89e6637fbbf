import { loadBases } from './fuzz';
import { makeCase } from '../test/fuzz/mutate';
import { runCase } from '../test/fuzz/runCase';
const bases = loadBases([__dirname + '/../test/fixtures/records']);
let total = 0, check = 0; const byMut = new Map<string, number>();
const from = Number(process.argv[2] ?? 0), to = Number(process.argv[3] ?? 60);
for (let i = from; i < to; i++) {
  const c = makeCase(bases, 11, i);
  const r = runCase(c.text, c.format, i);
  total += r.ms; check += r.checkMs;
  for (const m of c.mutations) byMut.set(m, (byMut.get(m) ?? 0) + r.ms);
  if (r.ms > 800 || r.problems.length) console.log(i, c.mutations.join('+'), c.format, c.text.length, Math.round(r.checkMs), Math.round(r.ms), r.slowestStep.name, Math.round(r.slowestStep.ms), r.problems.slice(0, 2));
}
console.log('total', Math.round(total), 'check', Math.round(check), [...byMut].map(([k, v]) => `${k}:${Math.round(v)}`).join(' '));
