import { runCase } from '../test/fuzz/runCase';
const cases: Array<[string, string, 'json' | 'yaml']> = [
  ['self alias', 'a: &a [*a]\n', 'yaml'],
  ['anchor key', '&A\n: *A\n', 'yaml'],
  ['map cycle', 'x: &a {b: *a}\n', 'yaml'],
  ['json 4000 deep', '['.repeat(4000) + ']'.repeat(4000), 'json'],
  ['yaml 10000 flow', '['.repeat(10000) + ']'.repeat(10000), 'yaml'],
  ['yaml 10000 block seq', '- '.repeat(10000) + 'x\n', 'yaml'],
  ['yaml 3000 indent', Array.from({ length: 600 }, (_, i) => ' '.repeat(i * 2) + 'a:').join('\n') + ' 1\n', 'yaml'],
  ['yaml 10000 explicit', '? '.repeat(10000) + 'x\n', 'yaml'],
  ['json commas 1MB', '{' + ','.repeat(1_000_000) + '}', 'json'],
  ['hash line 1MB', 'a: x' + '#'.repeat(1_000_000) + '\n', 'yaml'],
  ['hash line 1MB sp', 'a: "x' + ' #'.repeat(500_000) + '"\n', 'yaml'],
  ['lone CR', 'protocolSection:\r  identificationModule:\r    nctId: X\r', 'yaml'],
  [': : start', ': :', 'yaml'],
  ['crlf broken', 'a: "x\r\n', 'yaml'],
  ['U+2028', 'protocolSection:\n  identificationModule:\n    briefTitle: a\u2028b\n', 'yaml'],
  ['proto json', '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"x": 1}}, "protocolSection": {"__proto__": 1}}', 'json'],
  ['proto yaml', '__proto__: {polluted: 1}\nconstructor: {prototype: {x: 1}}\nprotocolSection:\n  constructor: 1\n', 'yaml'],
];
for (const [name, text, format] of cases) {
  const r = runCase(text, format);
  console.log(name.padEnd(22), Math.round(r.checkMs) + 'ms', 'slowest', r.slowestStep.name, Math.round(r.slowestStep.ms), 'findings', r.findings, r.problems.slice(0, 3));
}
console.log(({} as Record<string, unknown>).polluted, ({} as Record<string, unknown>).x);
