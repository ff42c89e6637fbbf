import { readFileSync } from 'node:fs';
import { runCase } from '../test/fuzz/runCase';
const [file] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const r = runCase(text, file.endsWith('.json') ? 'json' : 'yaml');
console.log(Math.round(r.checkMs), Math.round(r.ms), r.slowestStep, r.problems.slice(0, 2));
