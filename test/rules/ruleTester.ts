import * as assert from 'node:assert/strict';
import { stringify } from 'yaml';
import { checkDocument } from '../../server/src/core/check';
import { applyTextEdits, planTextEdits } from '../../server/src/core/edit';
import { parseRecord } from '../../server/src/core/parse';
import type { Rule } from '../../server/src/core/rules/defineRule';
import type { Finding, Fix, RecordFormat } from '../../server/src/core/types';

export const TODAY = '2025-06-15';

export interface ValidCase {
  readonly name: string;
  readonly study: unknown;
  readonly today?: string;
}

export interface ExpectedError {
  readonly messageId: string;
  readonly pointer?: string;
}

export interface InvalidCase extends ValidCase {
  readonly errors: readonly ExpectedError[];
  /** The study after applying the first fix of the first finding; it must re-check clean for that message. */
  readonly output?: unknown;
}

/** The text the tester checks: the study as a downloaded record would be written (JSON, two-space indent). */
export function recordText(study: unknown, format: RecordFormat = 'json'): string {
  return format === 'json' ? JSON.stringify(study, null, 2) : stringify(study, { lineWidth: 0 });
}

/** The rule's findings on the study written as a record, through the same check the service runs. */
export function check(rule: Rule, study: unknown, today = TODAY, format: RecordFormat = 'json'): Finding[] {
  const document = parseRecord(recordText(study, format), format);
  const environment = {
    today: () => today,
    docsBaseUrl: '',
    logger: { error: (message: string) => assert.fail(message) },
  };
  return checkDocument(document, environment, {}, [rule]).filter((finding) => finding.ruleId === rule.id);
}

/** Applies a fix through the real edit layer (the one quick fixes use) and returns the resulting value. */
export function applyFix(study: unknown, fix: Fix, format: RecordFormat): unknown {
  const document = parseRecord(recordText(study, format), format);
  const plan = planTextEdits(document, fix.operations);
  if ('error' in plan) assert.fail(`the fix "${fix.title}" cannot be applied to ${format}: ${plan.error}`);
  const fixed = parseRecord(applyTextEdits(document.text, plan.edits), format);
  assert.deepEqual(fixed.syntaxFindings, [], `the fix "${fix.title}" breaks the ${format} syntax`);
  return fixed.value;
}

/** Table-driven rule tests in the manner of typescript-eslint's RuleTester. */
export function runRuleTests(
  rule: Rule,
  cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] },
): void {
  describe(rule.id, () => {
    it(rule.fix ? `tests the output of its ${rule.fix} fix` : 'declares no fix and tests none', () => {
      const fixOutputs = cases.invalid.filter((c) => c.output !== undefined).length;
      assert.equal(
        fixOutputs > 0,
        rule.fix !== undefined,
        rule.fix ? 'no invalid case has an output' : 'an output, but no fix is declared',
      );
    });
    for (const c of cases.valid) {
      it(`accepts: ${c.name}`, () => {
        assert.deepEqual(
          check(rule, c.study, c.today).map((f) => `${String(f.data?.messageId)} ${f.pointer}`),
          [],
        );
      });
    }
    for (const c of cases.invalid) {
      it(`reports: ${c.name}`, () => {
        const findings = check(rule, c.study, c.today);
        const actual = findings.map((f) => ({ messageId: String(f.data?.messageId), pointer: f.pointer }));
        assert.equal(actual.length, c.errors.length, `findings: ${JSON.stringify(actual)}`);
        c.errors.forEach((expected, i) => {
          assert.equal(actual[i].messageId, expected.messageId);
          if (expected.pointer !== undefined) assert.equal(actual[i].pointer, expected.pointer);
        });
        for (const f of findings) assert.ok(!/\{\w+\}/.test(f.message), `unfilled placeholder in "${f.message}"`);
        if (c.output !== undefined) {
          const fix = findings[0].fixes?.[0];
          assert.ok(fix, 'expected a fix');
          assert.equal(
            fix.safe,
            rule.fix === 'safe',
            `a ${rule.fix ?? 'non-fixable'} rule offers a ${fix.safe ? 'safe' : 'unsafe'} fix`,
          );
          for (const format of ['json', 'yaml'] as const) {
            const fixed = applyFix(c.study, fix, format);
            assert.deepEqual(fixed, c.output, `the fix applied to ${format}`);
            const again = check(rule, fixed, c.today).filter(
              (f) => f.pointer === findings[0].pointer && f.data?.messageId === c.errors[0].messageId,
            );
            assert.deepEqual(again, [], 'the fixed study still reports the finding');
          }
        }
      });
    }
  });
}
