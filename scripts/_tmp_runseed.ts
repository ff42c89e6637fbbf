import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { runRules } from '../server/src/core/engine';
const text = readFileSync(process.argv[2], 'utf8');
const study = process.argv[2].endsWith('.json') ? JSON.parse(text) : parse(text);
for (const f of runRules(study, { today: '2025-06-01', sourceOf: () => undefined, logger: console })) console.log(f.severity, f.ruleId, f.pointer, '|', f.message);
