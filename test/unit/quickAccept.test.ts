import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { objectShape, studySchema } from '../../server/src/core/model';
import { acceptorOf } from '../../server/src/core/schema/quickAccept';
import { createRandom, randomPath, type Json, type Random } from '../fuzz/mutate';
import { recordFiles, recordsLabel } from '../records';

const acceptsStudy = acceptorOf(studySchema);
const zodAccepts = (value: unknown) => studySchema.safeParse(value).success;

/** Values that break one constraint of the model or another: type, allowed value, format, calendar, length. */
const ODD_VALUES: readonly unknown[] = [
  {},
  [],
  0,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  null,
  '',
  'NOT_AN_ENUM',
  '2019-02-30',
  '2019-02',
  '18 Years',
  'x'.repeat(20_000),
];

/** The record with one change: a value replaced, removed, an unknown key added, or a list grown past its limits. */
function mutate(study: Json, random: Random): unknown {
  const copy = structuredClone(study);
  const path = randomPath(copy, random, 0.85);
  if (path.length === 0) return copy;
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const key = path[path.length - 1];
  const target = parent[key];
  const edit = random.int(0, 4);
  if (edit === 0 && !Array.isArray(parent)) delete parent[key];
  else if (edit === 1 && !Array.isArray(parent)) parent[`${String(key)}Extra`] = 'x';
  else if (edit === 2 && Array.isArray(target)) parent[key] = Array.from({ length: 60 }, () => target[0]);
  else if (edit === 3 && !Array.isArray(parent))
    Object.defineProperty(parent, '__proto__', { value: 'x', enumerable: true, writable: true, configurable: true });
  else (parent as Record<string | number, unknown>)[key] = random.pick(ODD_VALUES);
  return copy;
}

describe('schema: the quick acceptor says yes exactly when zod finds no issue', () => {
  const files = recordFiles();

  it(`takes every module of the ${recordsLabel()} that zod takes`, () => {
    const protocolShape = objectShape(studySchema.shape.protocolSection) ?? {};
    let accepted = 0;
    for (const file of files) {
      const study = JSON.parse(readFileSync(file.path, 'utf8')) as { protocolSection?: Record<string, unknown> };
      assert.equal(acceptsStudy(study), zodAccepts(study), file.name);
      if (acceptsStudy(study)) accepted++;
      for (const [key, schema] of Object.entries(protocolShape)) {
        const module = study.protocolSection?.[key];
        assert.equal(acceptorOf(schema)(module), schema.safeParse(module).success, `${file.name} ${key}`);
      }
    }
    // The published records are valid: the quick path is the one they take.
    assert.ok(accepted > files.length * 0.9, `${accepted} of ${files.length}`);
  });

  it('agrees with zod on 40 single changes to each of 30 records', () => {
    for (const [index, file] of files.slice(0, 30).entries()) {
      const random = createRandom(3000 + index);
      const study = JSON.parse(readFileSync(file.path, 'utf8')) as Json;
      for (let change = 0; change < 40; change++) {
        const changed = mutate(study, random);
        assert.equal(acceptsStudy(changed), zodAccepts(changed), `${file.name} change ${change}`);
      }
    }
  });

  it('refuses what the model refuses: unknown keys, wrong types, values out of the enum, impossible dates', () => {
    const odd: unknown[] = [
      null,
      [],
      'a record',
      { protocolSection: { unknownModule: {} } },
      { protocolSection: { statusModule: { overallStatus: 'FINISHED' } } },
      { protocolSection: { statusModule: { startDateStruct: { date: '2021-02-29' } } } },
      { protocolSection: { identificationModule: { briefTitle: 42 } } },
      { protocolSection: { identificationModule: { briefTitle: 'x'.repeat(20_000) } } },
      { protocolSection: { designModule: { enrollmentInfo: { count: -3 } } } },
      { protocolSection: { designModule: { enrollmentInfo: { count: 2.5 } } } },
      { hasResults: 'yes' },
    ];
    for (const value of odd) {
      assert.equal(zodAccepts(value), false, JSON.stringify(value).slice(0, 80));
      assert.equal(acceptsStudy(value), false, JSON.stringify(value).slice(0, 80));
    }
    assert.equal(acceptsStudy({ protocolSection: { statusModule: { overallStatus: 'RECRUITING' } } }), true);
    assert.equal(acceptsStudy({ derivedSection: { anything: [1, { deep: true }] } }), true);
  });
});
