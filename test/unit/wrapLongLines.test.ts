import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import * as prettier from 'prettier';
import ts from 'typescript';
import { widthOf } from '../../scripts/long-lines/lines';
import { behaviourChange, wrapSource, type Format } from '../../scripts/long-lines/wrapSource';

const WIDTH = 120;
const WORDS =
  'The registry reserves Allocation N/A for single-arm studies. With several arms, participants are assigned ' +
  'to them either at random or not, and the record says which; reviewers read it with the arms.';

/** Prettier as the repository configures it (printWidth 120, single quotes). */
const format: Format = async (text) => {
  const filepath = join(__dirname, 'sample.ts');
  const options = await prettier.resolveConfig(filepath);
  return prettier.format(text, { ...options, filepath });
};

/** What the module exports, after compiling it to JavaScript: the cooked values of its literals. */
function exportsOf(source: string): Record<string, unknown> {
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS } }).outputText;
  const exported: Record<string, unknown> = {};
  runInNewContext(js, { exports: exported });
  // Objects made in the other context have its prototypes: compare them as plain data.
  return JSON.parse(JSON.stringify(exported));
}

function longLines(text: string): string[] {
  return text.split('\n').filter((line) => widthOf(line) > WIDTH);
}

async function wrapped(source: string, withPrettier = true): Promise<string> {
  const input = withPrettier ? await format(source) : source;
  const { text } = await wrapSource(input, 'sample.ts', withPrettier ? format : undefined);
  return text;
}

describe('wrap-long-lines (scripts/wrap-long-lines.ts)', () => {
  it('breaks a long string literal at word boundaries into pieces of the same value', async () => {
    const source = `export const value = { details: '${WORDS}', short: 'x' };\n`;
    const text = await wrapped(source);
    assert.deepEqual(longLines(text), []);
    assert.match(text, /' \+\n/);
    assert.deepEqual(exportsOf(text), exportsOf(source));
  });

  it('moves the overflow of a piece of a concatenation into the next piece instead of adding a short one', async () => {
    const source =
      `export const value = {\n  details:\n    '${WORDS.slice(0, 118)} ' +\n` +
      `    'and a second piece that is short.',\n};\n`;
    const text = await wrapped(source);
    assert.deepEqual(longLines(text), []);
    const pieces = text.split('\n').filter((line) => line.trim().startsWith("'"));
    assert.equal(pieces.length, 2);
    assert.match(pieces[1], /^ {4}'them eith and a second piece that is short\.',$/);
    assert.deepEqual(exportsOf(text), exportsOf(source));
  });

  it('keeps the value of a literal that needs parentheses once broken', async () => {
    const source = `export const size = '${WORDS}'.length;\nexport const same = '${WORDS}' === 'x';\n`;
    const text = await wrapped(source);
    assert.deepEqual(longLines(text), []);
    assert.deepEqual(exportsOf(text), exportsOf(source));
  });

  it('breaks a template outside its substitutions, and String.raw into String.raw pieces', async () => {
    const source =
      `const count = 3;\nconst unit = 'arms';\n` +
      `export const message = \`The study lists \${count} \${unit}, ` +
      `but ${WORDS.slice(0, 90)} \${count * 2} times.\`;\n` +
      `export const pattern = String.raw\`\\b(?:${'alpha|beta|gamma|delta|epsilon|'.repeat(5)}omega)\\s*\\d+\`;\n`;
    const text = await wrapped(source);
    assert.deepEqual(longLines(text), []);
    assert.match(text, /String\.raw`[^`]*` \+\s*String\.raw`/);
    assert.deepEqual(exportsOf(text), exportsOf(source));
  });

  it('keeps some text in every piece of a template: no piece is a lone `${…}`', async () => {
    const source =
      `const pointerAttribute = (pointer: string): string => \` data-pointer="\${pointer}"\`;\n` +
      `const escapeHtml = (text: string): string => text;\nconst briefTitle = 'Aspirin' as string | undefined;\n` +
      `export const title =\n` +
      `  \`<h1 class="title"\${pointerAttribute(\`/protocolSection/identification/briefTitle\`)}>` +
      `\${escapeHtml(briefTitle ?? 'Untitled record')}\` + '</h1>';\n`;
    const text = await wrapped(source);
    assert.deepEqual(longLines(text), []);
    assert.doesNotMatch(text, /`\$\{[^`]*\}`/);
    assert.deepEqual(exportsOf(text), exportsOf(source));
  });

  it('continues a line of a multi-line template with a backslash-newline (same cooked string)', async () => {
    const yaml =
      `  analyses:\n    - { paramType: Mean Difference (Final Values), paramValue: "-0.5", ` +
      `ciPctValue: "95", ciNumSides: TWO_SIDED, ciLowerLimit: "0.1" }\n`;
    const source = `export const wrong = \`resultsSection:\n${yaml}\`;\n`;
    const text = await wrapped(source);
    assert.deepEqual(longLines(text), []);
    assert.match(text, / \\\n\S/);
    assert.equal(exportsOf(text).wrong, exportsOf(source).wrong);
  });

  it('leaves a tagged multi-line template, an l10n.t message and a regex, and says why', async () => {
    const long = WORDS.slice(0, 125);
    const source =
      `declare const vscode: { l10n: { t(message: string): string } };\n` +
      `export const title = vscode.l10n.t('${long}');\n` +
      `export const raw = String.raw\`first\n${long}\n\`;\n` +
      `export const pattern = /(?:${'alpha|beta|gamma|delta|epsilon|'.repeat(5)}omega)\\s*\\d+/;\n`;
    const input = await format(source);
    const outcome = await wrapSource(input, 'sample.ts', format);
    assert.equal(outcome.text, input);
    const reasons = outcome.left.map((left) => left.reason);
    assert.equal(reasons.length, 3);
    assert.match(reasons[0], /l10n\.t message/);
    assert.match(reasons[1], /tagged template/);
    assert.match(reasons[2], /regular expression/);
  });

  it('re-wraps a comment line at its prefix, the overflow joining the next line of its paragraph', async () => {
    const source =
      `function f(): void {\n  // ${WORDS.slice(0, 130)}\n` + `  // and the end of the sentence.\n  return;\n}\n`;
    const text = await wrapped(source);
    assert.deepEqual(longLines(text), []);
    const comment = text.split('\n').filter((line) => line.includes('//'));
    assert.equal(comment.length, 2);
    assert.ok(comment.every((line) => line.startsWith('  // ')));
    assert.ok(comment[1].endsWith('and the end of the sentence.'));
    assert.equal(
      comment
        .join(' ')
        .replace(/\s*\/\/\s*/g, ' ')
        .trim(),
      `${WORDS.slice(0, 130)} and the end of the sentence.`,
    );
  });

  it('turns a long one-line JSDoc into a block with ` * ` lines', async () => {
    const text = await wrapped(`/** ${WORDS.slice(0, 125)} */\nexport const x = 1;\n`);
    assert.deepEqual(longLines(text), []);
    assert.match(text, /^\/\*\*\n \* The registry[^\n]*\n \* [^\n]*\n \*\/\nexport const x = 1;\n$/);
  });

  it('moves a trailing eslint-disable-line above its line as eslint-disable-next-line', async () => {
    const source =
      `export const copy = JSON.parse(JSON.stringify({ a: 1, bb: 22, ccc: 333 })) as Record<string, any>; ` +
      `// eslint-disable-line @typescript-eslint/no-explicit-any\n`;
    const text = await wrapped(source);
    assert.equal(
      text,
      `// eslint-disable-next-line @typescript-eslint/no-explicit-any\n` +
        `export const copy = JSON.parse(JSON.stringify({ a: 1, bb: 22, ccc: 333 })) as Record<string, any>;\n`,
    );
  });

  it('lays pieces out itself in a file Prettier ignores', async () => {
    const source = `export const value = { details: '${WORDS}' };\n`;
    const text = await wrapped(source, false);
    assert.deepEqual(longLines(text), []);
    // The first piece stays after `details: ` and fills that line; the rest follows, indented.
    const [first, second] = text.split('\n');
    assert.ok(first.startsWith("export const value = { details: 'The registry") && first.endsWith("' +"), first);
    assert.ok(first.length > 110, first);
    assert.match(second, /^ {4}'/);
    assert.deepEqual(exportsOf(text), exportsOf(source));
  });

  it('changes nothing the second time', async () => {
    const source =
      `// ${WORDS}\nexport const value = { details: '${WORDS}', more: \`${WORDS} \${1 + 2}\` };\n` +
      `export const pattern = /(?:${'alpha|beta|gamma|delta|epsilon|'.repeat(5)}omega)/;\n`;
    const once = await wrapped(source);
    assert.notEqual(once, await format(source));
    assert.equal((await wrapSource(once, 'sample.ts', format)).text, once);
  });

  it('refuses a result that would change a value, a comment or the syntax', () => {
    const before = `export const a = 'one two';\n// note\n`;
    assert.equal(behaviourChange(before, `export const a = 'one ' +\n  'two';\n// note\n`, 'sample.ts'), undefined);
    assert.match(behaviourChange(before, `export const a = 'one' + 'two';\n// note\n`, 'sample.ts')!, /program/);
    assert.match(behaviourChange(before, `export const a = 'one two';\n// other\n`, 'sample.ts')!, /comment/);
    assert.match(behaviourChange(before, `export const a = 'one two\n// note\n`, 'sample.ts')!, /syntax/);
  });
});
