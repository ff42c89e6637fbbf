import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createTrialRecordService, fixedClock } from '../../server/src/core';
import { nameKey, normalizeText, readArmsView, splitInterventionRef } from '../../server/src/core/arms';
import { runRules } from '../../server/src/core/engine';
import { RULES_BY_ID } from '../../server/src/core/rules';
import { recordFiles, recordsLabel } from '../records';

const service = createTrialRecordService({ clock: fixedClock('2026-11-26') });

const ARMS_RULES = ['arms/unknown-intervention-name', 'arms/arm-without-intervention', 'arms/intervention-not-in-arm'];

/** What the rules say and what the preview shows about the links between arms and interventions. */
function compare(text: string): { rules: Record<string, string[]>; preview: Record<string, string[]> } {
  const doc = service.parse(text, 'json');
  const findings = runRules(doc.value, { today: '2026-11-26', rules: ARMS_RULES.map((id) => RULES_BY_ID.get(id)!) });
  const pointersOf = (ruleId: string) =>
    findings
      .filter((f) => f.ruleId === ruleId)
      .map((f) => f.pointer)
      .sort();
  // The preview's markup is ours and regular: each arm card, then each intervention card.
  const html = service.renderPreview(doc, []);
  const armCards = html.split('<article class="card arm"').slice(1);
  const pointerOf = (chunk: string) => /^ data-pointer="([^"]*)"/.exec(chunk)?.[1] ?? '';
  const linked = new Set([...html.matchAll(/<a class="name" href="#intervention-(\d+)">/g)].map((m) => m[1]));
  const interventionCards = [...html.matchAll(/<article class="card intervention" data-pointer="([^"]*)"/g)].map(
    (m) => m[1],
  );
  return {
    rules: {
      unmatched: pointersOf('arms/unknown-intervention-name'),
      armsWithout: pointersOf('arms/arm-without-intervention').map((p) => p.replace(/\/label$/, '')),
      orphans: pointersOf('arms/intervention-not-in-arm').map((p) => p.replace(/\/name$/, '')),
    },
    preview: {
      unmatched: [...html.matchAll(/<li class="arm-intervention unmatched" data-pointer="([^"]*)"/g)]
        .map((m) => m[1])
        .sort(),
      // Arms listed with no intervention at all (the rule also needs an active arm type: compared as a subset).
      armsWithout: armCards
        .filter((card) => !card.split('<article')[0].includes('class="arm-intervention'))
        .map(pointerOf),
      orphans: interventionCards.filter((pointer) => !linked.has(pointer.split('/').pop() ?? '')),
    },
  };
}

function assertAgree(name: string, text: string): void {
  const { rules, preview } = compare(text);
  assert.deepEqual(
    preview.unmatched,
    rules.unmatched,
    `${name}: "(not listed under Interventions)" vs arms/unknown-intervention-name`,
  );
  for (const pointer of rules.armsWithout)
    assert.ok(preview.armsWithout.includes(pointer), `${name}: the preview lists interventions for ${pointer}`);
  for (const pointer of rules.orphans)
    assert.ok(preview.orphans.includes(pointer), `${name}: the preview links ${pointer} to an arm`);
}

function record(interventionNames: string[], name: string, armGroupLabels?: string[]): string {
  return JSON.stringify({
    protocolSection: {
      designModule: { studyType: 'INTERVENTIONAL' },
      armsInterventionsModule: {
        armGroups: [{ label: 'Aspirin', type: 'EXPERIMENTAL', interventionNames }],
        interventions: [{ type: 'DRUG', name, ...(armGroupLabels ? { armGroupLabels } : {}) }],
      },
    },
  });
}

describe('arms: one index for rules, editing features and the preview', () => {
  it('links "Drug: Aspirin  100 mg" (two spaces) to "Aspirin 100 mg" in the rules and the preview alike', () => {
    const text = record(['Drug: Aspirin  100 mg'], 'Aspirin 100 mg', ['Aspirin']);
    const { rules, preview } = compare(text);
    assert.deepEqual(rules.unmatched, []);
    assert.deepEqual(preview.unmatched, []);
    assert.equal(readArmsView(JSON.parse(text)).links.get(0)?.has(0), true);
  });

  it('marks a name that matches no intervention in both', () => {
    const { rules, preview } = compare(record(['Drug: Asprin'], 'Aspirin'));
    const pointer = '/protocolSection/armsInterventionsModule/armGroups/0/interventionNames/0';
    assert.deepEqual(rules.unmatched, [pointer]);
    assert.deepEqual(preview.unmatched, [pointer]);
  });

  it('navigates from the two-spaces reference to the intervention', () => {
    const text = record(['Drug: Aspirin  100 mg'], 'Aspirin 100 mg');
    const doc = service.parse(text, 'json');
    const definition = service.definition(doc, text.indexOf('Aspirin  100') + 2);
    assert.deepEqual(
      definition.map((span) => text.slice(span.start, span.end)),
      ['Aspirin 100 mg'],
    );
  });

  it(`agrees on every one of the ${recordsLabel()}`, function () {
    this.timeout(300_000);
    const files = recordFiles();
    assert.ok(files.length >= 60, `${files.length} records`);
    for (const file of files) assertAgree(file.name, readFileSync(file.path, 'utf8'));
  });
});

describe('arms: names', () => {
  it('splits a registry reference into its type and name, and keeps unknown prefixes in the name', () => {
    assert.deepEqual(splitInterventionRef('Biological/Vaccine: BCG'), { type: 'BIOLOGICAL', name: 'BCG' });
    assert.deepEqual(splitInterventionRef(' Drug :  Aspirin '), { type: 'DRUG', name: 'Aspirin' });
    assert.deepEqual(splitInterventionRef('Phase 1: Aspirin'), { type: undefined, name: 'Phase 1: Aspirin' });
    assert.deepEqual(splitInterventionRef('Drug:'), { type: undefined, name: 'Drug:' });
  });

  it('reduces names to a key without punctuation or a final plural s', () => {
    assert.equal(nameKey('  Statins, (Atorvastatin)  Tablets '), 'statin atorvastatin tablet');
    assert.equal(nameKey('gas bus'), 'gas bus');
  });

  it('normalises any mix of case, dashes, curly quotes and spaces as the full rewrite does', () => {
    // Most names take a shortcut (lower case only); this holds it to the full rewrite on random texts.
    const full = (text: string) =>
      text
        .toLowerCase()
        .replace(/[\u2010-\u2015]/g, '-')
        .replace(/[\u2018\u2019]/g, "'")
        .replace(/\s+/g, ' ')
        .trim();
    const alphabet = ['A', 'b', 'İ', 'Σ', ' ', '  ', '\t', '\n', '\u00a0', '\ufeff', '\u2013', '\u2019', "'", '-', '1'];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 5000; i++) {
      const length = Math.floor(random() * 8);
      const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      assert.equal(normalizeText(text), full(text), JSON.stringify(text));
    }
  });

  it('reduces a 100,000-character name (it once took 7.5 s; see npm run bench for the timing)', () => {
    const long = 'a'.repeat(100_000);
    assert.equal(nameKey(long), long);
    assert.equal(splitInterventionRef(' '.repeat(100_000) + 'x').name, 'x');
  });
});
