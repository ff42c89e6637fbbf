import { strict as assert } from 'node:assert';
import type { CodeAction, FindingRef, TextEdit } from '../../server/src/core';
import { createService, lines } from './helpers';

const record = lines(
  'protocolSection:',
  '  identificationModule:',
  '    briefTitle: "   "',
  '  statusModule:',
  '    overallStatus: NOT_YET_RECRUITING',
  '    startDateStruct: {}',
  '  designModule:',
  '    studyType: INTERVENTIONAL',
);

function setup(text: string, format: 'yaml' | 'json' = 'yaml') {
  const service = createService();
  const doc = service.parse(text, format);
  const findings = service.check(doc);
  // What the editor sends back: each diagnostic's code, range and data (pointer and fixes).
  const refs: FindingRef[] = findings.map(({ ruleId, pointer, span, fixes }) => ({ ruleId, pointer, span, fixes }));
  const actions = service.codeActions({ doc, findings, requested: refs });
  return { service, doc, findings, actions };
}

/**
 * What a user tabbing through the snippet leaves: the first choice (ESTIMATED for ACTUAL/ESTIMATED:
 * the fixture's study has not started), `typed` in text stops, 0 kept for numbers.
 */
function fillSnippet(snippet: string, typed: string): string {
  return snippet
    .replace(/\$\{\d+\|ACTUAL,ESTIMATED\|\}/g, 'ESTIMATED')
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\}/g, typed)
    .replace(/\\([\\$}])/g, '$1');
}

const applySnippet = (text: string, edits: readonly TextEdit[], typed: string) =>
  createService().applyEdits(
    text,
    edits.map((edit) => ({ span: edit.span, newText: fillSnippet(edit.newText, typed) })),
  );

const byTitle = (actions: readonly CodeAction[], title: string) => actions.filter((action) => action.title === title);

describe('"Add …" fixes', () => {
  it('treats empty or blank required text as missing', () => {
    const { findings } = setup(record);
    const briefTitle = findings.filter(
      (finding) => finding.ruleId === 'schema/required' && finding.data?.missingKey === 'briefTitle',
    );
    assert.equal(briefTitle.length, 1, findings.map((f) => f.message).join('\n'));
    const empty = setup(record.replace('"   "', '""')).findings;
    assert.ok(empty.some((finding) => finding.data?.missingKey === 'briefTitle'));
  });

  it('offers each missing field once, even when several findings share a place', () => {
    const { actions } = setup(record);
    const adds = actions.filter((action) => action.title.startsWith('Add '));
    const titles = adds.map((action) => action.title);
    assert.deepEqual(titles, [...new Set(titles)], 'no title twice');
    // Three fields are missing from statusModule; each gets its own fix, not the first one thrice.
    for (const title of ['Add Record Verification Date', 'Add Primary Completion Date', 'Add Study Completion Date']) {
      assert.equal(byTitle(actions, title).length, 1, `${title} in ${titles.join(', ')}`);
    }
  });

  it('writes into an empty {} in block style, not as a flow mapping', () => {
    const { actions } = setup(record);
    const [fix] = byTitle(actions, 'Add Study Start Date');
    assert.ok(fix);
    const after = createService().applyEdits(record, fix.edits);
    assert.match(after, /\n {4}startDateStruct:\n {6}date: /);
    assert.doesNotMatch(after, /startDateStruct: \{/);
  });

  it('inserts a snippet: block style, a tab stop per value, the allowed codes as a choice', () => {
    const { actions } = setup(record);
    const [fix] = byTitle(actions, 'Add Design Details');
    assert.ok(fix?.snippetEdits, 'a snippet edit');
    const [edit] = fix.snippetEdits;
    assert.match(edit.newText, /\n {4}designInfo:\n {6}allocation: \$\{1\|RANDOMIZED,NON_RANDOMIZED,NA\|\}\n/);
    assert.match(edit.newText, /masking: \$\{4\|NONE,SINGLE,DOUBLE,TRIPLE,QUADRUPLE\|\}/);
    assert.doesNotMatch(edit.newText, /""/, 'no empty strings left for the user to find');
  });

  it('leaves legacy codes out of the choices', () => {
    const text = lines(
      'protocolSection:',
      '  designModule:',
      '    studyType: INTERVENTIONAL',
      '  armsInterventionsModule:',
      '    armGroups:',
      '      - label: A',
      '        type: EXPERIMENTAL',
    );
    const { actions } = setup(text);
    const snippets = actions
      .flatMap((action) => action.snippetEdits ?? [])
      .map((edit) => edit.newText)
      .join('\n');
    assert.match(snippets, /BEHAVIORAL/, 'an intervention type choice is offered');
    assert.doesNotMatch(snippets, /\bECT\b/);
  });

  it('once filled in, resolves its finding and raises no new error or warning', () => {
    const { actions, findings, service } = setup(record);
    for (const fix of actions.filter((action) => action.snippetEdits && action.title.startsWith('Add '))) {
      const after = applySnippet(record, fix.snippetEdits!, '2024-06');
      const doc = service.parse(after, 'yaml');
      assert.equal(doc.syntaxFindings.length, 0, `${fix.title} keeps the YAML valid:\n${after}`);
      const before = new Set(findings.map((finding) => `${finding.ruleId} ${finding.message}`));
      const added = service.check(doc).filter((finding) => !before.has(`${finding.ruleId} ${finding.message}`));
      // Notes about what else the new part could hold are fine; no new error or warning is. Text
      // stops are filled with a date, so only the format of a non-date text may complain.
      const serious = added.filter((finding) => finding.severity === 'error' || finding.severity === 'warning');
      const unexpected = serious.filter(
        (finding) => finding.ruleId !== 'schema/format' && !/date/i.test(finding.message),
      );
      assert.deepEqual(
        unexpected.map((f) => `${f.ruleId}: ${f.message}`),
        [],
        fix.title,
      );
    }
  });

  it('keeps JSON quoting: text and codes quoted, numbers and yes/no bare', () => {
    const json = '{"protocolSection": {"designModule": {"studyType": "INTERVENTIONAL"}}}';
    const { actions } = setup(json, 'json');
    const [fix] = byTitle(actions, 'Add Enrollment');
    assert.ok(fix?.snippetEdits);
    assert.match(fix.snippetEdits[0].newText, /"count":\$\{1:0\},"type":"\$\{2\|ACTUAL,ESTIMATED\|\}"/);
    const filled = applySnippet(json, fix.snippetEdits, 'x');
    assert.deepEqual(JSON.parse(filled).protocolSection.designModule.enrollmentInfo, { count: 0, type: 'ESTIMATED' });
  });
});

describe('"Disable … for this line"', () => {
  it('puts the cursor on the reason, which the suppression needs', () => {
    const { actions, service } = setup(record);
    const disable = actions.find((action) => action.title.startsWith('Disable schema/required'));
    assert.ok(disable?.snippetEdits);
    assert.match(
      disable.snippetEdits[0].newText,
      /# trial-record-disable-next-line schema\/required -- \$\{1:[^}]+\}\n$/,
    );
    const after = applySnippet(record, disable.snippetEdits, '');
    const suppressionFindings = service
      .check(service.parse(after, 'yaml'))
      .filter((finding) => finding.ruleId.startsWith('suppression/'));
    assert.deepEqual(
      suppressionFindings.map((f) => f.message),
      [],
      'the suggested reason counts as a reason',
    );
  });
});
