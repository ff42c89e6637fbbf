import { readFileSync } from 'node:fs';
import { findAgeStatements } from '../server/src/core/rules/eligibility/ageText';
for (const id of process.argv.slice(2)) {
  const e = JSON.parse(readFileSync(`../shared/corpus/v2json/${id}.json`, 'utf8')).protocolSection.eligibilityModule;
  const c: string = e.eligibilityCriteria ?? '';
  console.log(`== ${id} min=${e.minimumAge} max=${e.maximumAge}`);
  for (const s of findAgeStatements(c)) console.log(`  [${s.text}] … ${JSON.stringify(c.slice(Math.max(0, s.start - 70), s.end + 40))}`);
}
