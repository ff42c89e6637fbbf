import { strict as assert } from 'node:assert';
import {
  provideDocumentSymbols,
  provideFoldingRanges,
  provideHover,
  provideSelectionRanges,
} from '../../server/src/core/features';
import { atCursor, createService, lines, seedExample } from './helpers';

describe('outline, folding, selection, hover', () => {
  const doc = createService().parse(seedExample(), 'yaml');

  it('names modules by key, arms by label and interventions by name', () => {
    const { symbols, isTruncated } = provideDocumentSymbols(doc);
    assert.equal(isTruncated, false);
    const protocol = symbols.find((s) => s.name === 'protocolSection')!;
    const arms = protocol.children.find((s) => s.name === 'armsInterventionsModule')!;
    assert.equal(arms.kind, 'module');
    const armGroups = arms.children.find((s) => s.name === 'armGroups')!;
    assert.deepEqual(
      armGroups.children.map((s) => s.name),
      ['UC-MSCs Treatment', 'DMARDS', 'UC-MSC+DMARDS'],
    );
    const interventions = arms.children.find((s) => s.name === 'interventions')!;
    assert.equal(interventions.children[1].name, 'Rheumatoid Arthritis With Disease-Modifying Drugs (DMARDs)');
    assert.equal(interventions.children[1].detail, 'Drug');
  });

  it('caps the outline on huge records and says so', () => {
    const { isTruncated } = provideDocumentSymbols(doc, 10);
    assert.equal(isTruncated, true);
  });

  it('folds objects, lists, block scalars and comment blocks', () => {
    const ranges = provideFoldingRanges(doc);
    assert.ok(ranges.some((r) => r.kind === 'comment' && r.startLine === 0 && r.endLine === 1));
    const summaryLine = doc.text.split('\n').findIndex((l) => l.includes('briefSummary: >-'));
    assert.ok(ranges.some((r) => r.startLine === summaryLine && r.endLine === summaryLine + 7));
    assert.ok(ranges.some((r) => r.startLine === 2));
  });

  it('expands the selection from a value to its pair, its object, and outward', () => {
    const { doc: small, offset } = atCursor(lines('a:', '  b:', '    c: va$0lue', '    d: 1'));
    const spans = provideSelectionRanges(small, offset).map((s) => small.text.slice(s.start, s.end));
    assert.deepEqual(spans.slice(0, 4), ['value', 'c: value', 'c: value\n    d: 1', 'b:\n    c: value\n    d: 1']);
  });

  it('hovers a field with its title, requirement and a live character count', () => {
    const { doc: small, offset } = atCursor(
      lines('protocolSection:', '  identificationModule:', `    briefTitle: ${'x'.repeat(310)}$0`),
    );
    const hover = provideHover(small, offset - 1);
    assert.ok(hover);
    assert.match(hover.contents, /\*\*Brief Title\*\*/);
    assert.match(hover.contents, /310 \/ 300 characters/);
  });

  it('hovers an enum code with its registry label', () => {
    const { doc: small, offset } = atCursor(
      lines('protocolSection:', '  designModule:', '    studyType: INTERV$0ENTIONAL'),
    );
    assert.match(provideHover(small, offset)!.contents, /`INTERVENTIONAL`: \*\*Interventional\*\*/);
  });

  it('hovers an intervention name with the arms that use it', () => {
    const text = seedExample();
    const offset = text.indexOf('name: UC-MSC+DMARDS') + 8;
    assert.match(provideHover(doc, offset)!.contents, /used in arms "UC-MSC\+DMARDS"/);
  });
});
