import { strict as assert } from 'node:assert';
import { applyTextEdits } from '../../server/src/core/edit';
import {
  prepareRename,
  provideDefinition,
  provideReferences,
  provideRename,
  provideDocumentLinks,
} from '../../server/src/core/features';
import { atCursor, lines, seedExample } from './helpers';

const seed = seedExample();

function at(find: string, shift = 1): { doc: ReturnType<typeof atCursor>['doc']; offset: number } {
  const index = seed.indexOf(find);
  assert.ok(index >= 0, find);
  return atCursor(seed.slice(0, index + shift) + '$0' + seed.slice(index + shift));
}

function textOf(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end);
}

describe('navigation and rename', () => {
  it("goes from an arm's interventionNames entry to the intervention", () => {
    const { doc, offset } = at('"Drug: Rheumatoid', 8);
    const [target] = provideDefinition(doc, offset);
    assert.equal(textOf(doc.text, target), 'Rheumatoid Arthritis With Disease-Modifying Drugs (DMARDs)');
    assert.match(doc.text.slice(doc.text.lastIndexOf('\n', target.start), target.start), /name: $/);
  });

  it("goes from an intervention's armGroupLabels entry to the arm", () => {
    const { doc, offset } = at('          - DMARDS\n', 13);
    const [target] = provideDefinition(doc, offset);
    assert.equal(textOf(doc.text, target), 'DMARDS');
    assert.match(doc.text.slice(target.start - 9, target.start), /- label: $/);
  });

  it('lists every use of an arm label, the declaration included', () => {
    const { doc, offset } = at('- label: UC-MSC+DMARDS', 10);
    const spans = provideReferences(doc, offset);
    assert.equal(spans.length, 2);
    assert.ok(spans.every((span) => textOf(doc.text, span) === 'UC-MSC+DMARDS'));
  });

  it('renames an intervention everywhere, keeping the "Biological: " prefix and the quotes', () => {
    const { doc, offset } = at('name: UC-MSC+DMARDS', 8);
    const prepared = prepareRename(doc, offset);
    assert.ok(!('error' in prepared));
    assert.equal(prepared.placeholder, 'UC-MSC+DMARDS');
    const result = provideRename(doc, offset, 'Combination');
    assert.ok(!('error' in result));
    const renamed = applyTextEdits(doc.text, result.edits);
    assert.match(renamed, /- "Biological: Combination"\n/);
    assert.match(renamed, /name: Combination\n/);
    assert.match(renamed, /- label: UC-MSC\+DMARDS\n/);
  });

  it('renames an arm label in the arm and in every armGroupLabels entry', () => {
    const { doc, offset } = at('- label: DMARDS', 10);
    const result = provideRename(doc, offset, 'Standard care');
    assert.ok(!('error' in result));
    const renamed = applyTextEdits(doc.text, result.edits);
    assert.equal(renamed.match(/Standard care/g)?.length, 2);
    assert.doesNotMatch(renamed, /- DMARDS\n/);
  });

  it('refuses to rename anything else, saying what can be renamed', () => {
    const { doc, offset } = at('briefTitle: Safety', 14);
    const result = prepareRename(doc, offset);
    assert.ok('error' in result);
    assert.match(result.error, /arm labels and intervention names/);
  });

  it('links NCT ids, PubMed ids and DOIs', () => {
    const text = lines(
      'protocolSection:',
      '  identificationModule:',
      '    nctId: NCT01547091',
      '  referencesModule:',
      '    references:',
      '      - pmid: "12345678"',
      '        citation: See doi 10.1000/xyz123.',
    );
    const { doc } = atCursor(text + '$0');
    const targets = provideDocumentLinks(doc).map((link) => [textOf(doc.text, link.span), link.target]);
    assert.deepEqual(targets, [
      ['NCT01547091', 'https://clinicaltrials.gov/study/NCT01547091'],
      ['12345678', 'https://pubmed.ncbi.nlm.nih.gov/12345678/'],
      ['10.1000/xyz123', 'https://doi.org/10.1000/xyz123'],
    ]);
  });
});
