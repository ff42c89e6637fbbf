import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  SINGLE_GROUP,
  codeOf,
  describeDiagnostics,
  exampleChecked,
  lineOf,
  openExample,
  screenshot,
  sequenceItemRange,
} from './util';

/** Rule ids (server/src/core/rules/<area>/<name>.ts) of the other findings the example must produce. */
const COMPARATOR_RECEIVES_EXPERIMENTAL = 'arms/comparator-receives-experimental';
const COMBINED_INTERVENTION = 'arms/combined-intervention-duplicate';
const UNKNOWN_STATUS_OPEN_SITE = 'status/unknown-status-open-site';
/** An age rule must stay quiet: "aged from 18 to 70 years" matches 18 and 70 Years. */
const AGE_RULE = /(^|[^a-z])ages?([^a-z]|$)/i;

const within = (outer: vscode.Range, diagnostic: vscode.Diagnostic) => outer.contains(diagnostic.range.start);

describe('diagnostics on the example record', function () {
  this.timeout(120_000); // the first test waits for activation and the first check
  let document: vscode.TextDocument;
  /** Settles once the server has checked the record; every test awaits it, so each fails on its own. */
  let checked: Promise<readonly vscode.Diagnostic[]>;

  before(async () => {
    document = await openExample();
    checked = exampleChecked(document);
  });

  it('reports the single-group model with three arms on the interventionModel value', async () => {
    const diagnostics = await checked;
    const line = lineOf(document, 'interventionModel:');
    const found = diagnostics.find((d) => codeOf(d) === SINGLE_GROUP);
    assert.ok(found);
    assert.equal(found.range.start.line, line, 'on the interventionModel line');
    assert.equal(document.getText(found.range), 'SINGLE_GROUP', 'the range covers the value');
  });

  it('links each finding code to its documentation', async () => {
    const diagnostics = await checked;
    const found = diagnostics.find((d) => codeOf(d) === SINGLE_GROUP);
    assert.ok(found && typeof found.code === 'object', 'code is { value, target }');
    assert.match(found.code.target.toString(), /single-group-multiple-arms/);
  });

  for (const { rule, list, index, what } of [
    {
      rule: COMPARATOR_RECEIVES_EXPERIMENTAL,
      list: 'armGroups',
      index: 2,
      what: 'the active comparator that receives the experimental therapy',
    },
    { rule: COMBINED_INTERVENTION, list: 'interventions', index: 2, what: 'the combined intervention' },
    {
      rule: UNKNOWN_STATUS_OPEN_SITE,
      list: 'locations',
      index: 0,
      what: 'the recruiting site of a study with unknown status',
    },
  ]) {
    it(`reports ${what} within ${list}[${index}]`, async () => {
      const diagnostics = await checked;
      const item = sequenceItemRange(document, list, index);
      assert.ok(
        diagnostics.some((d) => codeOf(d) === rule && within(item, d)),
        `${rule} in lines ${item.start.line + 1}-${item.end.line + 1}; got ${describeDiagnostics(document.uri)}`,
      );
    });
  }

  it('stays quiet about the consistent ages', async () => {
    const diagnostics = await checked;
    const ageFindings = diagnostics.filter((d) => AGE_RULE.test(codeOf(d)));
    assert.deepEqual(ageFindings.map(codeOf), []);
  });

  it('has no schema or syntax errors on the published record', async () => {
    const diagnostics = await checked;
    const broken = diagnostics.filter(
      (d) => /^(schema|syntax)\//.test(codeOf(d)) && d.severity === vscode.DiagnosticSeverity.Error,
    );
    assert.deepEqual(
      broken.map((d) => `${codeOf(d)}: ${d.message}`),
      [],
    );
  });

  after(async () => {
    if (!document) return;
    // Screenshot (a): the record with its findings in the Problems panel.
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: vscode.ViewColumn.One,
      preview: false,
    });
    const line = lineOf(document, 'interventionModel:');
    editor.selection = new vscode.Selection(line, 0, line, 0);
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.InCenter);
    const column = document.lineAt(line).text.indexOf('SINGLE_GROUP');
    editor.selection = new vscode.Selection(line, column, line, column);
    // The light bulb's menu, as a user sees it after Ctrl+.
    await vscode.commands.executeCommand('editor.action.quickFix');
    await screenshot('problems');
    await vscode.commands.executeCommand('hideCodeActionWidget');
  });
});
