import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { CheckMemo, createTrialRecordService, fixedClock, type ParsedDocument } from '../../server/src/core';
import type { RecordFormat, ReportedFinding } from '../../server/src/core/types';
import { createRandom, randomPath, type Json, type Random } from '../fuzz/mutate';
import { RuleMemo, runRules } from '../../server/src/core/engine';
import { testRule } from '../rules/testRule';
import { validateStudy, type SchemaCache } from '../../server/src/core/schema';
import { recordFiles } from '../records';

const service = createTrialRecordService({ clock: fixedClock('2025-01-15') });

/**
 * An edit an author makes to the value: a changed, removed or added field, an emptied or retyped part. Only the path
 * to the change is copied, as the incremental parser does, so the rest keeps its identity.
 */
function editValue(study: Json, random: Random): Json {
  const path = randomPath(study, random, 0.8);
  if (path.length === 0) return study;
  const root = shallowCopy(study);
  let parent = root;
  for (const key of path.slice(0, -1)) {
    const container = parent as Record<string | number, Json>;
    container[key] = shallowCopy(container[key]);
    parent = container[key];
  }
  const key = path[path.length - 1];
  const container = parent as Record<string | number, Json>;
  const edit = random.int(0, 5);
  if (edit === 0 && !Array.isArray(parent)) delete container[key];
  else if (edit === 1) container[key] = `${JSON.stringify(container[key]).slice(0, 20)} edited`;
  else if (edit === 2) container[key] = random.pick<Json>([{}, [], 0, true, null, '', 'NOT_AN_ENUM', '2019-02-30']);
  else if (edit === 3 && !Array.isArray(parent)) container[`${String(key)}Extra`] = 'x';
  else if (edit === 4 && Array.isArray(parent)) parent.splice(Number(key), 0, structuredClone(parent[Number(key)]));
  // The same content in a new object: a check must not tell the difference.
  else container[key] = structuredClone(container[key]);
  return root;
}

function shallowCopy(value: Json): Json {
  if (Array.isArray(value)) return [...value];
  return value !== null && typeof value === 'object' ? { ...value } : value;
}

/** An edit to the text: a typed character, a deleted run, a line break (often leaving a syntax error). */
function editText(text: string, random: Random): string {
  const at = random.int(0, text.length);
  if (random.chance(0.5)) return text.slice(0, at) + random.pick(['x', ' ', '"', ':', '\n', '1']) + text.slice(at);
  return text.slice(0, at) + text.slice(at + random.int(1, 4));
}

function textOf(value: Json, format: RecordFormat): string {
  return format === 'json' ? JSON.stringify(value, null, 2) : stringify(value);
}

describe('check: a check that reuses the last version (CheckMemo) finds exactly what a full check finds', () => {
  const files = recordFiles().slice(0, 14);
  for (const [index, file] of files.entries()) {
    const format: RecordFormat = index % 2 === 0 ? 'json' : 'yaml';
    it(`${file.name} as ${format}, 25 random edits to the value and the text`, () => {
      const random = createRandom(1000 + index);
      let study = JSON.parse(readFileSync(file.path, 'utf8')) as Json;
      let text = textOf(study, format);
      let document: ParsedDocument = service.parse(text, format);
      const memo = new CheckMemo();
      for (let edit = 0; edit < 25; edit++) {
        const viaValue = random.chance(0.75);
        if (viaValue) {
          study = editValue(study, random);
          text = textOf(study, format);
        } else {
          text = editText(text, random);
        }
        document = service.reparse(document, text);
        const remembered = service.check(document, { memo });
        assert.deepEqual(
          remembered,
          service.check(document),
          `${file.name} edit ${edit} (${viaValue ? 'value' : 'text'})`,
        );
        // Back to a valid version after a text edit, as an author fixes a typo.
        if (!viaValue) text = textOf(study, format);
      }
    });
  }

  it('re-runs a rule when a module it read changes, and reuses it when only another module changes', () => {
    const study = JSON.parse(readFileSync(files[0].path, 'utf8')) as {
      protocolSection: { identificationModule: { briefTitle?: string }; statusModule: { overallStatus?: string } };
    };
    const memo = new CheckMemo();
    const statusFindings = (value: unknown) =>
      service
        .check(service.parse(JSON.stringify(value), 'json'), { memo })
        .filter((finding) => finding.ruleId === 'status/why-stopped-missing');
    study.protocolSection.statusModule.overallStatus = 'RECRUITING';
    assert.equal(statusFindings(study).length, 0);
    study.protocolSection.identificationModule.briefTitle = 'Another title';
    assert.equal(statusFindings(study).length, 0, 'unchanged status module: the same findings');
    study.protocolSection.statusModule.overallStatus = 'TERMINATED';
    delete (study.protocolSection.statusModule as { whyStopped?: string }).whyStopped;
    assert.equal(statusFindings(study).length, 1, 'changed status module: the rule runs again');
  });
});

/**
 * Findings grouped by pointer, in their order within each pointer: the check orders findings by their place (a stable
 * sort), so only the order of findings at one place can show.
 */
function byPlace(findings: readonly ReportedFinding[]): ReportedFinding[] {
  return [...findings].sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
}

describe('schema: validating module by module with the cache equals validating the whole record', () => {
  const files = recordFiles().slice(0, 20);
  it(`on ${files.length} records and 30 random edits of each, in the same order at each place`, () => {
    const cache: SchemaCache = new WeakMap();
    for (const [index, file] of files.entries()) {
      const random = createRandom(2000 + index);
      let study = JSON.parse(readFileSync(file.path, 'utf8')) as Json;
      for (let edit = 0; edit < 30; edit++) {
        study = editValue(study, random);
        assert.deepEqual(byPlace(validateStudy(study, cache)), byPlace(validateStudy(study)), `${file.name} ${edit}`);
      }
    }
  });
});

describe('engine: a remembered rule runs again whenever what it read differs', () => {
  const keyCount = testRule('test/key-count', { count: '{count} keys' }, (context) => {
    // Only the list of keys: no property is looked at.
    const keys = Reflect.ownKeys(context.study.protocolSection ?? {});
    context.report({ messageId: 'count', pointer: '', data: { count: keys.length } });
  });
  const countOf = (study: object, memo: RuleMemo) =>
    runRules(study, { today: '2025-01-15', rules: [keyCount], memo })[0]?.message;

  it('tells key lists apart even when their keys hold NUL characters', () => {
    const memo = new RuleMemo();
    const module = {};
    assert.equal(countOf({ protocolSection: { 'a\u0000b': module } }, memo), '1 keys');
    assert.equal(countOf({ protocolSection: { a: module, b: module } }, memo), '2 keys');
    assert.equal(countOf({ protocolSection: { a: module, b: module } }, memo), '2 keys');
  });
});
