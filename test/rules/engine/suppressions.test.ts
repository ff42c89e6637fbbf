import * as assert from 'node:assert/strict';
import { applySuppressions, parseSuppressions } from '../../../server/src/core/engine';
import type { CommentNode } from '../../../server/src/core/parse/ast';
import type { Finding } from '../../../server/src/core/types';

/** Builds comments, findings and a line function from a YAML text in which findings are marked by `<<id>>`. */
function setUp(text: string) {
  const comments: CommentNode[] = [];
  const lines = text.split('\n');
  let offset = 0;
  const lineStarts: number[] = [];
  for (const line of lines) {
    lineStarts.push(offset);
    const hash = line.indexOf('#');
    if (hash >= 0)
      comments.push({ text: line.slice(hash + 1), span: { start: offset + hash, end: offset + line.length } });
    offset += line.length + 1;
  }
  const lineOf = (o: number) => lineStarts.filter((s) => s <= o).length - 1;
  const finding = (ruleId: string, line: number): Finding => ({
    ruleId,
    message: ruleId,
    pointer: `/line${line}`,
    severity: 'warning',
    span: { start: lineStarts[line], end: lineStarts[line] + 3 },
    docsUrl: '',
  });
  return { comments, lineOf, finding };
}

const TEXT = [
  'designInfo:',
  '  # trial-record-disable-next-line design/single-group-multiple-arms -- cohorts of one group',
  '  interventionModel: SINGLE_GROUP',
  '  allocation: NA',
].join('\n');

describe('engine/suppressions', () => {
  it('reads rule ids and the reason', () => {
    const [s] = parseSuppressions(setUp(TEXT).comments);
    assert.deepEqual(
      { kind: s.kind, ruleIds: s.ruleIds, reason: s.reason },
      { kind: 'next-line', ruleIds: ['design/single-group-multiple-arms'], reason: 'cohorts of one group' },
    );
  });

  it('drops the finding on the next line only', () => {
    const { comments, lineOf, finding } = setUp(TEXT);
    const kept = applySuppressions(
      [
        finding('design/single-group-multiple-arms', 2),
        finding('design/single-group-multiple-arms', 3),
        finding('other/rule', 2),
      ],
      comments,
      lineOf,
    );
    assert.deepEqual(
      kept.map((f) => `${f.ruleId}@${f.pointer}`),
      ['design/single-group-multiple-arms@/line3', 'other/rule@/line2'],
    );
  });

  it('suppresses a rule in the whole file', () => {
    const { comments, lineOf, finding } = setUp(
      '# trial-record-disable text/title-all-caps -- legacy title\na: 1\nb: 2',
    );
    assert.deepEqual(applySuppressions([finding('text/title-all-caps', 2)], comments, lineOf), []);
  });

  it('matches a finding inside a multi-line value through its pointer line', () => {
    const { comments, lineOf, finding } = setUp(
      '# trial-record-disable-next-line eligibility/age-in-text-vs-limits ' +
        '-- cohorts\ncriteria: |\n  text\n  aged 18 to 70',
    );
    const inside = { ...finding('eligibility/age-in-text-vs-limits', 3), pointer: '/criteria' };
    assert.deepEqual(applySuppressions([inside], comments, lineOf, { lineOfPointer: () => 1 }), []);
  });

  it('reports a suppression without a reason', () => {
    const { comments, lineOf, finding } = setUp('# trial-record-disable-next-line design/x\nmodel: 1');
    const result = applySuppressions([finding('design/x', 1)], comments, lineOf);
    assert.deepEqual(
      result.map((f) => f.ruleId),
      ['suppression/missing-reason'],
    );
    assert.deepEqual(result[0].span, comments[0].span);
  });

  it('reports a suppression that suppresses nothing, as unnecessary', () => {
    const { comments, lineOf } = setUp('# trial-record-disable-next-line design/x -- because\nmodel: 1');
    const [unused] = applySuppressions([], comments, lineOf);
    assert.equal(unused.ruleId, 'suppression/unused');
    assert.equal(unused.unnecessary, true);
  });

  it('ignores ordinary comments', () => {
    const { comments, lineOf, finding } = setUp('# a note about trial-record\nmodel: 1');
    assert.equal(applySuppressions([finding('design/x', 1)], comments, lineOf).length, 1);
  });
});
