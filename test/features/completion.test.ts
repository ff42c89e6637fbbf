import { strict as assert } from 'node:assert';
import { listRuleInfo } from '../../server/src/core';
import { provideCompletions, type CompletionItem } from '../../server/src/core/features/completion';
import type { RecordFormat } from '../../server/src/core/types';
import { atCursor, lines, seedExample } from './helpers';

function complete(textWithCursor: string, format: RecordFormat = 'yaml'): CompletionItem[] {
  const { doc, offset } = atCursor(textWithCursor, format);
  return [...provideCompletions(doc, offset, { rules: listRuleInfo('') }).items];
}

function labels(items: readonly CompletionItem[]): string[] {
  return items.map((item) => item.label);
}

/** The seed example with the cursor placed after `anchor` (or replacing it). */
function seedWith(find: string, replace: string): string {
  const seed = seedExample();
  assert.ok(seed.includes(find), `seed has no ${find}`);
  return seed.replace(find, replace);
}

describe('completion', () => {
  it('offers the fields of a module on an empty indented line, skipping keys already present', () => {
    const items = complete(lines('protocolSection:', '  descriptionModule:', '    $0', '    briefSummary: x'));
    assert.deepEqual(labels(items), ['detailedDescription']);
  });

  it('offers module names at the top of protocolSection', () => {
    const items = complete(lines('protocolSection:', '  identificationModule:', '    briefTitle: x', '  $0'));
    const names = labels(items);
    assert.ok(names.includes('statusModule') && names.includes('designModule'), names.join(', '));
    assert.ok(!names.includes('identificationModule'));
    assert.equal(items.find((i) => i.label === 'designModule')?.kind, 'module');
  });

  it('completes a partly typed key and documents it from the field metadata', () => {
    const items = complete(lines('protocolSection:', '  descriptionModule:', '    briefSummary: x', '    det$0'));
    const item = items.find((i) => i.label === 'detailedDescription');
    assert.ok(item);
    assert.equal(item.detail, 'Detailed Description');
    assert.match(item.documentation ?? '', /Optional/);
    assert.equal(item.insertText, 'detailedDescription: $0');
    assert.deepEqual(item.span, { start: item.span.start, end: item.span.start + 3 });
  });

  it('inserts object keys with the next line indented one step', () => {
    const items = complete(lines('protocolSection:', '  designModule:', '    $0'));
    assert.equal(items.find((i) => i.label === 'designInfo')?.insertText, 'designInfo:\n      $0');
    assert.equal(items.find((i) => i.label === 'phases')?.insertText, 'phases:\n      - $0');
  });

  it('offers enum values with registry labels after "key: "', () => {
    const items = complete(lines('protocolSection:', '  designModule:', '    studyType: $0'));
    const item = items.find((i) => i.label === 'INTERVENTIONAL');
    assert.ok(item, labels(items).join(', '));
    assert.equal(item.detail, 'Interventional');
    assert.match(item.documentation ?? '', /\*\*Interventional\*\* \(`INTERVENTIONAL`\)/);
  });

  it('adds the space after a colon typed as a trigger character', () => {
    const items = complete(lines('protocolSection:', '  designModule:', '    studyType:$0'));
    assert.equal(items.find((i) => i.label === 'OBSERVATIONAL')?.insertText, ' OBSERVATIONAL');
  });

  it('offers enum values inside "- " list items', () => {
    const items = complete(
      lines('protocolSection:', '  designModule:', '    phases:', '      - PHASE1', '      - PH$0'),
    );
    assert.ok(labels(items).includes('PHASE2'));
    assert.equal(items.find((i) => i.label === 'PHASE2')?.detail, 'Phase 2');
  });

  it('offers the keys of a new list item after "- "', () => {
    const items = complete(seedWith('    interventions:\n', '    interventions:\n      - $0\n'));
    assert.ok(labels(items).includes('name') && labels(items).includes('type'));
    assert.ok(labels(items).includes('New intervention'));
  });

  it('offers "<Type label>: <name>" for an arm\'s interventionNames entries', () => {
    const items = complete(
      seedWith('          - "Drug: Rheumatoid Arthritis With Disease-Modifying Drugs (DMARDs)"\n', '          - $0\n'),
    );
    assert.ok(
      labels(items).includes('Drug: Rheumatoid Arthritis With Disease-Modifying Drugs (DMARDs)'),
      labels(items).join(' | '),
    );
    assert.ok(labels(items).includes('Biological: UC-MSC+DMARDS'));
  });

  it("offers arm labels for an intervention's armGroupLabels entries", () => {
    const items = complete(seedWith('          - DMARDS\n', '          - $0\n'));
    assert.deepEqual(labels(items), ['UC-MSCs Treatment', 'DMARDS', 'UC-MSC+DMARDS']);
  });

  it('offers age units after a number', () => {
    const items = complete(lines('protocolSection:', '  eligibilityModule:', '    minimumAge: 18$0'));
    assert.deepEqual(labels(items).slice(0, 4), ['18 Years', '18 Months', '18 Weeks', '18 Days']);
  });

  it('offers a date shape for date fields', () => {
    const items = complete(lines('protocolSection:', '  statusModule:', '    startDateStruct:', '      date: $0'));
    assert.equal(items[0]?.label, 'YYYY-MM-DD');
    assert.equal(items[0]?.isSnippet, true);
  });

  it('offers whole-record snippets by study type in an empty file', () => {
    const items = complete('$0');
    assert.deepEqual(labels(items), [
      'Interventional study record',
      'Observational study record',
      'Expanded access record',
    ]);
    assert.match(items[0].insertText, /^protocolSection:\n {2}identificationModule:\n/);
    assert.match(items[0].insertText, /studyType: INTERVENTIONAL/);
  });

  it('offers a new arm at the dash column of armGroups', () => {
    const items = complete(seedWith('    interventions:\n', '      $0\n    interventions:\n'));
    const arm = items.find((i) => i.label === 'New arm');
    assert.ok(arm, labels(items).join(', '));
    assert.match(arm.insertText, /^- label: \$\{1:Arm label\}\n {8}type: /);
  });

  it('completes JSON keys inside quotes with "key": ', () => {
    const items = complete('{\n  "protocolSection": {\n    "designModule": {\n      "stu$0"\n    }\n  }\n}\n', 'json');
    const item = items.find((i) => i.label === 'studyType');
    assert.ok(item, labels(items).join(', '));
    assert.equal(item.insertText, '"studyType": "$0"');
  });

  it('completes JSON enum values as quoted strings', () => {
    const items = complete(
      '{\n  "protocolSection": {\n    "designModule": {\n      "studyType": "$0"\n    }\n  }\n}\n',
      'json',
    );
    assert.equal(items.find((i) => i.label === 'OBSERVATIONAL')?.insertText, '"OBSERVATIONAL"');
  });

  it('reads the layout from the text when the half-typed line breaks the YAML', () => {
    const items = complete(
      lines(
        'protocolSection:',
        '  descriptionModule:',
        '    det$0',
        '    briefSummary: x',
        '  conditionsModule:',
        '    conditions: [a]',
      ),
    );
    assert.deepEqual(labels(items), ['detailedDescription']);
  });

  it('offers enum values for "key: " inside a list item', () => {
    const items = complete(
      lines(
        'protocolSection:',
        '  armsInterventionsModule:',
        '    armGroups:',
        '      - label: A',
        '        type: $0',
        '      - label: B',
      ),
    );
    assert.equal(items.find((i) => i.label === 'EXPERIMENTAL')?.detail, 'Experimental');
  });
});

describe('completion by context', () => {
  it('leaves out the fields of other study types', () => {
    const interventional = complete(
      'protocolSection:\n  designModule:\n    studyType: INTERVENTIONAL\n    designInfo:\n      $0\n',
    );
    const keys = interventional.map((item) => item.label);
    assert.ok(keys.includes('allocation') && keys.includes('interventionModel'), keys.join(', '));
    assert.ok(!keys.includes('observationalModel') && !keys.includes('timePerspective'), keys.join(', '));
    const observational = complete(
      'protocolSection:\n  designModule:\n    studyType: OBSERVATIONAL\n    designInfo:\n      $0\n',
    ).map((item) => item.label);
    assert.ok(
      observational.includes('observationalModel') && !observational.includes('allocation'),
      observational.join(', '),
    );
    const unknown = complete('protocolSection:\n  designModule:\n    designInfo:\n      $0\n').map(
      (item) => item.label,
    );
    assert.ok(
      unknown.includes('observationalModel') && unknown.includes('allocation'),
      'no study type yet: everything',
    );
  });

  it('offers no legacy codes, and shows the registry label in the list', () => {
    const items = complete('protocolSection:\n  armsInterventionsModule:\n    interventions:\n      - type: $0\n');
    const codes = items.map((item) => item.label);
    assert.ok(codes.includes('BEHAVIORAL'), codes.join(', '));
    assert.ok(!codes.includes('ECT'), 'legacy ECT is not offered');
    assert.equal(items.find((item) => item.label === 'DIETARY_SUPPLEMENT')?.labelDescription, 'Dietary Supplement');
  });
});

describe('completion in suppression comments', () => {
  it('completes rule ids after the directive, then asks for the reason', () => {
    const items = complete(
      'protocolSection:\n  designModule:\n    # trial-record-disable-next-line ' +
        'design/sin$0\n    studyType: INTERVENTIONAL\n',
    );
    const single = items.find((item) => item.label === 'design/single-group-multiple-arms');
    assert.ok(single, labels(items).slice(0, 5).join(', '));
    assert.equal(single.insertText, 'design/single-group-multiple-arms -- ${1:reason}');
    assert.ok(
      items.some((item) => item.label === 'schema/required'),
      'schema ids too',
    );
  });

  it('completes the directive after #, and nothing in the reason', () => {
    const directives = labels(complete('protocolSection:\n  # trial$0\n  designModule: {}\n'));
    assert.deepEqual(directives, ['trial-record-disable-next-line', 'trial-record-disable']);
    assert.deepEqual(complete('protocolSection:\n  # trial-record-disable schema/required -- because $0\n'), []);
  });
});
