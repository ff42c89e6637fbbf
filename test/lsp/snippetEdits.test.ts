import { strict as assert } from 'node:assert';
import { createTrialRecordService, fixedClock } from '../../server/src/core';
import { toSnippetEdits } from '../../server/src/lsp/editing/convert';

describe('lsp: snippet edits', () => {
  const service = createTrialRecordService({ clock: fixedClock('2025-01-15') });

  it('takes off the indentation editors add to every snippet line after the first', () => {
    const text = 'protocolSection:\n  statusModule:\n    startDateStruct: {}\n';
    const doc = service.parse(text, 'yaml');
    const start = text.indexOf('{}');
    const [edit] = toSnippetEdits(doc.lineIndex, text, [
      { span: { start, end: start + 2 }, newText: '\n      date: ${1}\n      type: ${2|ACTUAL,ESTIMATED|}' },
    ]);
    // The line starts with 4 spaces; VS Code adds them back to each following line.
    assert.equal(edit.snippet.value, '\n  date: ${1}\n  type: ${2|ACTUAL,ESTIMATED|}');
    assert.deepEqual(edit.range, { start: { line: 2, character: 21 }, end: { line: 2, character: 23 } });
  });

  it('leaves a snippet inserted at the start of a line as it is', () => {
    const text = 'protocolSection:\n  designModule:\n    studyType: INTERVENTIONAL\n';
    const doc = service.parse(text, 'yaml');
    const start = text.indexOf('    studyType');
    const newText = '    # trial-record-disable-next-line x -- ${1:reason}\n';
    assert.equal(
      toSnippetEdits(doc.lineIndex, text, [{ span: { start, end: start }, newText }])[0].snippet.value,
      newText,
    );
  });
});
