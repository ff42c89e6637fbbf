import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  provideCompletions,
  provideDefinition,
  provideDocumentSymbols,
  provideHover,
  provideReferences,
} from '../../server/src/core/features';
import type { ParsedDocument } from '../../server/src/core/parse';
import { createService } from '../features/helpers';
import { itWithSharedCorpus, SHARED_CORPUS } from '../records';

const FIXTURE = join(__dirname, '..', 'fixtures', 'records', 'NCT03608150.json');

/** NCT03608150 as downloaded (JSON), and as YAML with the same content. */
function documents(): { json: ParsedDocument; yaml: ParsedDocument } {
  const text = readFileSync(FIXTURE, 'utf8');
  const service = createService();
  // the yaml library writes the YAML form of the fixture
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const yaml = (require('yaml') as typeof import('yaml')).stringify(JSON.parse(text));
  return { json: service.parse(text, 'json'), yaml: service.parse(yaml, 'yaml') };
}

/** The offset of the `nth` occurrence of `needle`, plus `delta`. */
function offsetOf(doc: ParsedDocument, needle: string, nth = 0, delta = 2): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = doc.text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} #${nth} not found`);
  return at + delta;
}

describe('results: group ids in the editor', () => {
  const { json, yaml } = documents();
  const outcome = JSON.parse(readFileSync(FIXTURE, 'utf8')).resultsSection.outcomeMeasuresModule.outcomeMeasures[0];

  for (const [format, doc] of [
    ['JSON', json],
    ['YAML', yaml],
  ] as const) {
    describe(format, () => {
      // The first "OG001" after the first outcome's groups is a measurement of that outcome.
      const measurementAt = () => offsetOf(doc, 'OG001', 1, 2);

      it("hovers a measurement's group id with the group's title and description", () => {
        const hover = provideHover(doc, measurementAt());
        assert.ok(hover, 'no hover');
        assert.match(hover.contents, /`OG001` — \*\*Control Group\*\*/);
        assert.match(hover.contents, /Outcome Measure 1 \(Best-Corrected Visual Acuity of Amblyopic Eye\)/);
        assert.ok(
          hover.contents.includes(
            outcome.groups[1].description.slice(0, 20).replace(/[.()-]/g, (c: string) => `\\${c}`),
          ),
        );
      });

      it('goes to the group of the same outcome measure, not of another', () => {
        const [target] = provideDefinition(doc, measurementAt());
        assert.ok(target);
        assert.equal(doc.text.slice(target.start, target.end), 'OG001');
        assert.equal(target.start, offsetOf(doc, 'OG001', 0, 0));
      });

      it('finds every reference of a group within its table', () => {
        const spans = provideReferences(doc, offsetOf(doc, 'OG001', 0, 2));
        // Declaration, the overall number analyzed, and one measurement.
        assert.equal(spans.length, 3);
        assert.ok(spans.every((s) => doc.text.slice(s.start, s.end) === 'OG001'));
      });

      it("hovers an adverse event group id in a term's counts", () => {
        const hover = provideHover(doc, offsetOf(doc, 'EG001', 1, 2));
        assert.match(hover!.contents, /`EG001` — \*\*Control Group\*\*/);
        assert.match(hover!.contents, /_Adverse Events_/);
      });
    });
  }

  it('hovers an undefined group id with the groups that exist', () => {
    const text = yaml.text.replace(/(measurements:\n\s+- groupId: )OG000/, '$1OG007');
    const doc = createService().parse(text, 'yaml');
    const hover = provideHover(doc, text.indexOf('OG007') + 1);
    assert.match(hover!.contents, /`OG007` is not a group of Outcome Measure 1 .*Its groups: `OG000`, `OG001`/);
  });

  it('completes the group ids of the table at the cursor, with titles', () => {
    const text = yaml.text.replace(/(measurements:\n(\s+)- groupId: )OG000/, '$1');
    const doc = createService().parse(text, 'yaml');
    const offset = text.indexOf('- groupId: \n') + '- groupId: '.length;
    const items = provideCompletions(doc, offset).items;
    assert.deepEqual(
      items.map((i) => [i.label, i.detail]),
      [
        ['OG000', 'Therapeutic Group'],
        ['OG001', 'Control Group'],
      ],
    );
  });

  it('completes results enums with their registry labels', () => {
    const text = yaml.text.replace(/paramType: MEAN/, 'paramType: ');
    const doc = createService().parse(text, 'yaml');
    const items = provideCompletions(doc, text.indexOf('paramType: ') + 'paramType: '.length).items;
    const count = items.find((i) => i.label === 'COUNT_OF_PARTICIPANTS');
    assert.equal(count?.detail, 'Count of Participants');
  });

  it('outlines periods, baseline measures, outcome titles and adverse event terms', () => {
    const { symbols, isTruncated } = provideDocumentSymbols(json);
    assert.equal(isTruncated, false);
    const results = symbols.find((s) => s.name === 'resultsSection')!;
    const child = (parent: { children: { name: string }[] }, name: string) =>
      parent.children.find((s) => s.name === name) as (typeof symbols)[number];
    assert.equal(child(results, 'participantFlowModule').kind, 'module');
    const periods = child(child(results, 'participantFlowModule'), 'periods');
    assert.deepEqual(
      periods.children.map((s) => s.name),
      ['Overall Study'],
    );
    assert.deepEqual(
      child(periods.children[0], 'milestones').children.map((s) => s.name),
      ['STARTED', 'COMPLETED', 'NOT COMPLETED'],
    );
    const measures = child(child(results, 'baselineCharacteristicsModule'), 'measures');
    assert.equal(measures.children[0]?.name, 'Age, Continuous');
    assert.equal(measures.children[0]?.detail, 'Mean');
    const outcomes = child(child(results, 'outcomeMeasuresModule'), 'outcomeMeasures');
    assert.equal(outcomes.children[2]?.name, 'Adherence');
    assert.equal(outcomes.children[2]?.detail, 'Secondary');
    const other = child(child(results, 'adverseEventsModule'), 'otherEvents');
    assert.deepEqual(
      other.children.map((s) => s.name),
      ['New heterotropia', 'Headache', 'Worsening best-corrected visual acuity'],
    );
  });
});

describe('results: the outline of the largest record', () => {
  itWithSharedCorpus('keeps the results within the symbol cap although 1,000 sites come first', () => {
    const doc = createService().parse(readFileSync(join(SHARED_CORPUS, 'NCT02513394.json'), 'utf8'), 'json');
    const { symbols } = provideDocumentSymbols(doc);
    const results = symbols.find((s) => s.name === 'resultsSection');
    assert.ok(results, 'the results are in the outline');
    const events = results.children.find((s) => s.name === 'adverseEventsModule')!;
    assert.equal(events.children.find((s) => s.name === 'otherEvents')?.children.length, 1688);
    assert.ok(symbols.find((s) => s.name === 'protocolSection')!.children.length > 5, 'the protocol is outlined too');
  });
});
