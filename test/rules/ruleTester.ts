import * as assert from 'node:assert/strict';
import type { Rule } from '../../server/src/core/rules/defineRule';
import { runRules, type RuleFinding } from '../../server/src/core/engine';
import type { FixOperation, JsonValue } from '../../server/src/core/types';

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

/** A stand-in for the document: string values are "written" at offset 100, quoted, as in JSON. */
function sourceOfStudy(study: unknown) {
  return (pointer: string) => {
    let value: unknown = study;
    for (const token of pointer.split('/').slice(1)) value = (value as Record<string, unknown> | undefined)?.[token.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (typeof value !== 'string') return undefined;
    const text = JSON.stringify(value);
    return { text, span: { start: 100, end: 100 + text.length } };
  };
}

export function check(rule: Rule, study: unknown, today = TODAY): RuleFinding[] {
  return runRules(study, { today, sourceOf: sourceOfStudy(study), rules: [rule], logger: { error: (m) => assert.fail(m) } });
}

function tokens(pointer: string): string[] {
  return pointer.split('/').slice(1).map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Applies JSON-Patch-like fix operations to a copy of the study (enough for tests). */
export function applyFix(study: unknown, operations: readonly FixOperation[]): unknown {
  const copy = structuredClone(study) as Record<string, JsonValue>;
  for (const op of operations) {
    if (op.op === 'comment' || op.op === 'move') continue;
    const path = tokens(op.path);
    const last = path.pop() as string;
    let parent: JsonValue = copy;
    for (const t of path) parent = (parent as Record<string, JsonValue>)[t];
    if (Array.isArray(parent)) {
      const index = last === '-' ? parent.length : Number(last);
      if (op.op === 'remove') parent.splice(index, 1);
      else if (op.op === 'add') parent.splice(index, 0, op.value);
      else parent[index] = op.value;
    } else if (op.op === 'remove') delete (parent as Record<string, JsonValue>)[last];
    else (parent as Record<string, JsonValue>)[last] = op.value;
  }
  return copy;
}

/** Table-driven rule tests in the manner of typescript-eslint's RuleTester. */
export function runRuleTests(rule: Rule, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  describe(rule.id, () => {
    for (const c of cases.valid) {
      it(`accepts: ${c.name}`, () => {
        assert.deepEqual(check(rule, c.study, c.today).map((f) => `${f.data?.messageId} ${f.pointer}`), []);
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
          const fixed = applyFix(c.study, fix.operations);
          assert.deepEqual(fixed, c.output);
          const again = check(rule, fixed, c.today).filter((f) => f.pointer === findings[0].pointer && f.data?.messageId === c.errors[0].messageId);
          assert.deepEqual(again, [], 'the fixed study still reports the finding');
        }
      });
    }
  });
}
