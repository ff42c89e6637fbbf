import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createTrialRecordService, fixedClock } from '../../server/src/core';
import { ALL_RULES } from '../../server/src/core/rules';
import { generateRulesDoc } from '../../scripts/generate-rules-doc';
import { applyFix, check, TODAY } from '../rules/ruleTester';

const ROOT = join(__dirname, '..', '..');
const RULES_DIR = join(ROOT, 'server', 'src', 'core', 'rules');
/** Rule files are kebab-case with at least one dash; helper modules (`ageText.ts`, `util/`) are not rules. */
const RULE_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)+\.ts$/;

function ruleFiles(): { area: string; name: string; path: string }[] {
  return readdirSync(RULES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'util')
    .flatMap((d) =>
      readdirSync(join(RULES_DIR, d.name))
        .filter((f) => RULE_FILE.test(f))
        .map((f) => ({ area: d.name, name: f.replace(/\.ts$/, ''), path: join(RULES_DIR, d.name, f) })),
    );
}

describe('rule registry', () => {
  const files = ruleFiles();

  it('has at least 40 rules', () => assert.ok(ALL_RULES.length >= 40, `${ALL_RULES.length} rules`));

  it('registers every rule file, and nothing else', () => {
    assert.deepEqual(ALL_RULES.map((r) => r.id).sort(), files.map((f) => `${f.area}/${f.name}`).sort());
  });

  it('names each rule after its folder and file', () => {
    for (const file of files) {
      const source = readFileSync(file.path, 'utf8');
      assert.ok(source.includes(`id: '${file.area}/${file.name}'`), `${file.path} declares another id`);
      assert.ok(
        /^export default defineRule\(/m.test(source),
        `${file.path} does not export defineRule(...) by default`,
      );
    }
  });

  it('keeps ALL_RULES sorted by id, without duplicates', () => {
    const ids = ALL_RULES.map((r) => r.id);
    assert.deepEqual(ids, [...ids].sort());
    assert.equal(new Set(ids).size, ids.length);
  });

  it('keeps rule files under 150 lines', () => {
    for (const file of files) assert.ok(readFileSync(file.path, 'utf8').split('\n').length <= 150, file.path);
  });
});

describe('docs/rules.md', () => {
  it('equals the generator output (run `npx tsx scripts/generate-rules-doc.ts`)', () => {
    assert.equal(readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8'), generateRulesDoc());
  });

  it('has the anchor every finding of a rule links to', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8');
    const service = createTrialRecordService({ clock: fixedClock(TODAY), docsBaseUrl: 'docs/rules.md' });
    for (const rule of ALL_RULES) {
      // The link a user follows: the docsUrl of a real finding, from the rule's wrong example.
      const finding = service.check(service.parse(rule.docs.wrong, 'yaml')).find((f) => f.ruleId === rule.id);
      assert.ok(finding, `${rule.id}: the wrong example reports nothing`);
      const anchor = finding.docsUrl.split('#')[1];
      assert.ok(doc.includes(`<a id="${anchor}"></a>`), `${rule.id} links to #${anchor}, which docs/rules.md lacks`);
    }
  });
});

describe('rule tests and examples', () => {
  for (const rule of ALL_RULES) {
    describe(rule.id, () => {
      const testFile = join(ROOT, 'test', 'rules', `${rule.id}.test.ts`);

      it('has a test file that uses every messageId', () => {
        assert.ok(existsSync(testFile), `missing ${testFile}`);
        const source = readFileSync(testFile, 'utf8');
        for (const messageId of Object.keys(rule.messages))
          assert.ok(source.includes(`messageId: '${messageId}'`), `messageId ${messageId} is not tested`);
      });

      it('offers fixes on its wrong example only when it declares them, safe as declared, and they work', () => {
        const [finding] = check(rule, parse(rule.docs.wrong), TODAY, 'yaml');
        const fixes = finding.fixes ?? [];
        if (!rule.fix) return assert.deepEqual(fixes, [], 'fixes offered by a rule that declares none');
        // Whether a fix is offered may depend on the record; the rule's own tests show one (ruleTester).
        if (fixes.length === 0) return;
        // fix-all applies only safe fixes: a rule declared safe must offer one, an unsafe rule none.
        assert.equal(
          fixes.some((fix) => fix.safe),
          rule.fix === 'safe',
          'safe fixes do not match the declaration',
        );
        const fixed = applyFix(parse(rule.docs.wrong), fixes[0], 'yaml');
        const again = check(rule, fixed).filter(
          (f) => f.pointer === finding.pointer && f.data?.messageId === finding.data?.messageId,
        );
        assert.deepEqual(again, [], `"${fixes[0].title}" does not resolve the finding`);
      });

      it('reports its wrong example and not its right example', () => {
        const wrong = check(rule, parse(rule.docs.wrong));
        const right = check(rule, parse(rule.docs.right));
        assert.ok(wrong.length > 0, 'the wrong example reports nothing');
        assert.deepEqual(
          right.map((f) => f.message),
          [],
        );
      });
    });
  }
});
