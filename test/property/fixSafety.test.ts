import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import {
  createTrialRecordService,
  fixedClock,
  type Finding,
  type JsonValue,
  type RecordFormat,
} from '../../server/src/core';
import { fixUntilStable } from '../../server/src/cli/fixCommand';
import { combineFixes, safeFixOf } from '../../server/src/core/features/fixAll';
import { itWithSharedCorpus, SHARED_CORPUS } from '../records';

/**
 * Fix safety, as `trial-record fix` and fix-all run it: on real records written as JSON and
 * as YAML, with LF and with CRLF line ends, fixing is idempotent (a second run changes
 * nothing) and changes no value outside the pointers of the fixes it applied (the parsed
 * values are compared). Always on test/fixtures/records; also on 300 corpus records when
 * ../shared/corpus is present.
 */

const FIXTURES = join(__dirname, '../fixtures/records');
const CORPUS_SAMPLE = 300;
const service = createTrialRecordService({ clock: fixedClock('2025-01-15') });

const FORMS: ReadonlyArray<{ name: string; format: RecordFormat; crlf: boolean }> = [
  { name: 'JSON, LF', format: 'json', crlf: false },
  { name: 'JSON, CRLF', format: 'json', crlf: true },
  { name: 'YAML, LF', format: 'yaml', crlf: false },
  { name: 'YAML, CRLF', format: 'yaml', crlf: true },
];

function textOf(value: unknown, format: RecordFormat, crlf: boolean): string {
  const text = format === 'json' ? JSON.stringify(value, null, 2) + '\n' : stringify(value, { lineWidth: 0 });
  return crlf ? text.replace(/\n/g, '\r\n') : text;
}

/** Every pointer whose value differs between `a` and `b` (the deepest ones). */
function changedPointers(
  a: JsonValue | undefined,
  b: JsonValue | undefined,
  pointer = '',
  out: string[] = [],
): string[] {
  if (a === b) return out;
  const isObject = (v: unknown): v is Record<string, JsonValue> => typeof v === 'object' && v !== null;
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    a.forEach((item, index) => changedPointers(item, b[index], `${pointer}/${index}`, out));
    return out;
  }
  if (isObject(a) && isObject(b) && !Array.isArray(a) && !Array.isArray(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const token = key.replace(/~/g, '~0').replace(/\//g, '~1');
      if (!Object.hasOwn(a, key) || !Object.hasOwn(b, key)) out.push(`${pointer}/${token}`);
      else changedPointers(a[key], b[key], `${pointer}/${token}`, out);
    }
    return out;
  }
  out.push(pointer);
  return out;
}

/** The pointers the safe fixes of these findings may touch (their paths, `from`s, and `/-` appends as their array). */
function fixPointers(findings: readonly Finding[]): string[] {
  return findings
    .map(safeFixOf)
    .flatMap((fix) => fix?.operations ?? [])
    .flatMap((operation) => ['from' in operation ? operation.from : undefined, operation.path.replace(/\/-$/, '')])
    .filter((pointer): pointer is string => pointer !== undefined);
}

const isUnder = (pointer: string, parent: string) => pointer === parent || pointer.startsWith(parent + '/');

interface Failure {
  readonly record: string;
  readonly form: string;
  readonly problem: string;
}

/**
 * The record with slips fix-all repairs: every enum code in lower case (`interventional`),
 * and the brief title's key misspelt. Real records are valid, so without slips there would
 * be nothing to fix and nothing to test.
 */
function withSlips(value: unknown): unknown {
  const visit = (item: unknown): unknown => {
    if (typeof item === 'string')
      return /^[A-Z][A-Z0-9_]{2,}$/.test(item) && !/^NCT\d/.test(item) ? item.toLowerCase() : item;
    if (Array.isArray(item)) return item.map(visit);
    if (item !== null && typeof item === 'object') {
      const copy: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(item)) copy[key === 'briefTitle' ? 'brieftitle' : key] = visit(child);
      return copy;
    }
    return item;
  };
  return visit(value);
}

function checkRecord(name: string, original: unknown, failures: Failure[]): number {
  const value = withSlips(original);
  let fixedCount = 0;
  for (const form of FORMS) {
    const text = textOf(value, form.format, form.crlf);
    // Fix-all's rounds one at a time, noting what each round's safe fixes may touch: a fix can reveal another, and
    // findings past a cap (500 per rule or module) are listed only once the first ones are fixed.
    const allowed: string[] = [];
    let current = text;
    for (let pass = 0; pass < 30; pass++) {
      const doc = service.parse(current, form.format);
      const findings = service.check(doc);
      allowed.push(...fixPointers(findings));
      const fixes = findings.map(safeFixOf).filter((fix) => fix !== undefined);
      const edits = combineFixes(doc, fixes);
      if (edits.length === 0) break;
      current = service.applyEdits(current, edits);
      if (pass === 0) fixedCount++;
    }
    const first = fixUntilStable(service, text, form.format, {});
    if (first.fixed !== current)
      failures.push({ record: name, form: form.name, problem: 'trial-record fix stopped before fix-all was stable' });
    const second = fixUntilStable(service, first.fixed, form.format, {});
    if (second.fixed !== first.fixed)
      failures.push({ record: name, form: form.name, problem: 'a second fix run changed the record again' });
    const fixedDoc = service.parse(first.fixed, form.format);
    const outside = changedPointers(service.parse(text, form.format).value, fixedDoc.value).filter(
      (pointer) => !allowed.some((fixPointer) => isUnder(pointer, fixPointer)),
    );
    if (outside.length > 0)
      failures.push({
        record: name,
        form: form.name,
        problem: `changed outside the fixes: ${outside.slice(0, 3).join(', ')}`,
      });
    if (fixedDoc.syntaxFindings.length > 0)
      failures.push({ record: name, form: form.name, problem: 'fixed text does not parse' });
    if (form.crlf && /(^|[^\r])\n/.test(first.fixed))
      failures.push({ record: name, form: form.name, problem: 'a fix wrote an LF into a CRLF file' });
  }
  return fixedCount;
}

function sample(files: string[], size: number): string[] {
  const step = Math.max(1, Math.floor(files.length / size));
  return files.filter((_, index) => index % step === 0).slice(0, size);
}

describe('property: fix is idempotent and touches only its own pointers', function () {
  this.timeout(900_000);

  it('on the 60 fixture records, as JSON and YAML, LF and CRLF', () => {
    const failures: Failure[] = [];
    let fixed = 0;
    for (const name of readdirSync(FIXTURES).filter((file) => file.endsWith('.json'))) {
      fixed += checkRecord(name, JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')), failures);
    }
    console.log(`      ${fixed} of 240 record forms had something to fix; ${failures.length} failures`);
    assert.deepEqual(failures, []);
  });

  itWithSharedCorpus(`on ${CORPUS_SAMPLE} corpus records, as JSON and YAML, LF and CRLF`, () => {
    const failures: Failure[] = [];
    let fixed = 0;
    const files = sample(
      readdirSync(SHARED_CORPUS)
        .filter((file) => file.endsWith('.json'))
        .sort(),
      CORPUS_SAMPLE,
    );
    for (const name of files)
      fixed += checkRecord(name, JSON.parse(readFileSync(join(SHARED_CORPUS, name), 'utf8')), failures);
    console.log(
      `      ${files.length} records × 4 forms; ${fixed} forms had something to fix; ${failures.length} failures`,
    );
    assert.deepEqual(failures, []);
  });
});
