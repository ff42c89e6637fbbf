import * as assert from 'node:assert/strict';
import { createTrialRecordService, fixedClock } from '../../server/src/core';
import {
  NEW_RECORD_STUDY_TYPES,
  newRecordJsonSnippet,
  newRecordSnippet,
} from '../../server/src/core/templates/newRecord';
import { TYPICAL_PLACEHOLDER_VALUES as TYPICAL } from '../fixtures/typicalPlaceholderValues';

const TODAY = '2026-12-01';
const service = createTrialRecordService({ clock: fixedClock(TODAY) });

/** Fills a snippet as a user tabbing through it would: typed values, first choice, mirrors follow. */
function fill(snippet: string, pick: (choices: string[]) => string = (choices) => choices[0]): string {
  const values = new Map<string, string>();
  const withValues = snippet
    .replace(/\$\{(\d+):([^}]*)\}/g, (_, index: string, hint: string) => {
      const value = TYPICAL[hint];
      assert.ok(value !== undefined, `no typical value for the placeholder "${hint}"`);
      values.set(index, value);
      return value;
    })
    .replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_, index: string, list: string) => {
      const value = pick(list.split(','));
      values.set(index, value);
      return value;
    });
  return withValues.replace(/\$\{(\d+)\}/g, (_, index: string) => {
    assert.ok(values.has(index), `mirror \${${index}} has no placeholder before it`);
    return values.get(index)!;
  });
}

describe('new-record templates', () => {
  for (const studyType of NEW_RECORD_STUDY_TYPES) {
    describe(studyType, () => {
      const snippet = newRecordSnippet(studyType, TODAY);

      it('checks with no errors and no warnings once the placeholders are filled', () => {
        const text = fill(snippet);
        assert.doesNotMatch(text, /\$\{?\d/, 'no snippet syntax left');
        const findings = service.check(service.parse(text, 'yaml'));
        const serious = findings.filter((finding) => finding.severity === 'error' || finding.severity === 'warning');
        assert.deepEqual(
          serious.map((f) => `${f.ruleId}: ${f.message}`),
          [],
        );
      });

      it('stays clean whichever value of each choice is picked', () => {
        for (const position of [1, 2, 3, 4]) {
          const text = fill(snippet, (choices) => choices[Math.min(position, choices.length - 1)]);
          const findings = service
            .check(service.parse(text, 'yaml'))
            .filter((f) => f.severity === 'error' || f.severity === 'warning');
          assert.deepEqual(
            findings.map((f) => `${f.ruleId}: ${f.message}`),
            [],
            `choice ${position}`,
          );
        }
      });

      it('as JSON (for *.trial.json), also checks clean once filled, with the same placeholders', () => {
        const json = newRecordJsonSnippet(studyType, TODAY, '  ');
        const placeholders = (text: string) =>
          [...text.matchAll(/\$\{\d+[:|][^}]*\}/g)].map((match) => match[0]).sort();
        assert.deepEqual(placeholders(json), placeholders(snippet));
        const text = fill(json);
        const findings = service.check(service.parse(text, 'json'));
        assert.deepEqual(
          findings
            .filter((f) => f.severity === 'error' || f.severity === 'warning')
            .map((f) => `${f.ruleId}: ${f.message}`),
          [],
        );
        if (snippet.includes('count:')) assert.match(text, /"count": 40,/, 'numbers stay numbers');
      });

      it('declares its study type and numbers its placeholders from 1', () => {
        assert.match(snippet, new RegExp(`studyType: ${studyType}\\n`));
        assert.match(snippet, /\$\{1:/);
      });

      it('is not a finished record before the placeholders are filled: each hint left is reported', () => {
        const unfilled = snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1');
        const mirrorsFilled = unfilled.replace(
          /\$\{(\d+)\}/g,
          (_, index: string) => new RegExp(`\\$\\{${index}:([^}]*)\\}`).exec(snippet)?.[1] ?? '',
        );
        const doc = service.parse(mirrorsFilled, 'yaml');
        assert.equal(doc.syntaxFindings.length, 0, 'the unfilled template is valid YAML');
        const hints = service.check(doc).filter((finding) => finding.ruleId === 'text/template-hint-left');
        const textStops = new Set(
          [...snippet.matchAll(/\$\{\d+:([^}]*)\}/g)].map((match) => match[1]).filter((hint) => !/^\d+$/.test(hint)),
        );
        assert.ok(hints.length >= textStops.size, `${hints.length} hint findings for ${textStops.size} hints`);
        assert.ok(hints.every((finding) => finding.severity === 'warning'));
      });
    });
  }

  it('dates the study from today: verified this month, start in the future, estimated', () => {
    const text = newRecordSnippet('INTERVENTIONAL', TODAY);
    assert.match(text, /statusVerifiedDate: 2026-12\n/);
    assert.match(text, /startDateStruct:\n\s+date: 2027-02\n\s+type: ESTIMATED/);
  });
});
