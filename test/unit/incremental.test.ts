import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { LIMITS, parseRecord } from '../../server/src/core/parse';
import { reparseRecord } from '../../server/src/core/parse/incremental';

/** A large record (over the incremental threshold): the seed with many sites. */
function largeStudy(sites = 400): Record<string, unknown> {
  const study = parseYaml(readFileSync(join(__dirname, '../../examples/NCT01547091.trial.yaml'), 'utf8'));
  const locations = study.protocolSection.contactsLocationsModule.locations;
  for (let i = 0; i < sites; i++) locations.push({ ...locations[0], facility: `Site ${i}`, city: `City ${i % 17}` });
  return study;
}

/** A small deterministic random generator, so failures reproduce. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Edits that authors make: type a character, delete a few, paste a word. */
function randomEdit(text: string, next: () => number): string {
  const at = Math.floor(next() * text.length);
  const kind = next();
  if (kind < 0.4) return text.slice(0, at) + 'x' + text.slice(at);
  if (kind < 0.7) return text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 3));
  if (kind < 0.85) return text.slice(0, at) + '\n' + text.slice(at);
  return text.slice(0, at) + ' Aspirin' + text.slice(at);
}

function assertSameParse(
  incremental: ReturnType<typeof parseRecord>,
  full: ReturnType<typeof parseRecord>,
  label: string,
) {
  assert.deepEqual(incremental.syntaxFindings, full.syntaxFindings, `${label}: syntax findings`);
  assert.deepEqual(incremental.root, full.root, `${label}: tree`);
  assert.deepEqual(incremental.value, full.value, `${label}: value`);
  assert.deepEqual(incremental.comments, full.comments, `${label}: comments`);
  assert.equal(incremental.checkDepth, full.checkDepth, `${label}: check depth`);
  assert.equal(incremental.itemCount, full.itemCount, `${label}: lines and commas`);
}

describe('parse: incremental re-parse equals a full parse', () => {
  for (const [format, size, sites] of [
    ['json', 'large', 400],
    ['yaml', 'large', 120],
    // Typical records (about 10 KB) are re-parsed incrementally too.
    ['json', 'typical', 0],
    ['yaml', 'typical', 0],
  ] as const) {
    it(`after 40 random edits to a ${size} ${format} record`, () => {
      const study = largeStudy(sites);
      let text = format === 'json' ? JSON.stringify(study, null, 2) : '# header comment\n' + stringify(study);
      let previous = parseRecord(text, format);
      const next = random((format === 'json' ? 7 : 11) + sites);
      for (let i = 0; i < 40; i++) {
        text = randomEdit(text, next);
        const incremental = reparseRecord(previous, text);
        assertSameParse(incremental, parseRecord(text, format), `${format} edit ${i}`);
        // Keep editing a valid document most of the time, as authors do.
        previous =
          incremental.syntaxFindings.length > 0 && next() < 0.7
            ? parseRecord((text = previous.text), format)
            : incremental;
      }
    });
  }

  it('an edit that takes YAML over its lines-and-commas limit checks as a full parse does (not at all)', () => {
    const text = stringify(largeStudy(120));
    const previous = parseRecord(text, 'yaml');
    assert.equal(previous.checkDepth, 'full');
    const room = LIMITS.maxYamlItems - previous.itemCount!;
    // Comment lines: each is one line more, whatever it says.
    const at = text.indexOf('\n', text.indexOf('keywords:'));
    for (const added of [room, room + 1]) {
      const edited = text.slice(0, at) + '\n# k'.repeat(added) + text.slice(at);
      const incremental = reparseRecord(previous, edited);
      assertSameParse(incremental, parseRecord(edited, 'yaml'), `${added} lines added`);
      assert.equal(incremental.checkDepth, added > room ? 'none' : 'full');
    }
  });

  it('an edit that makes a YAML line too long checks as a full parse does (syntax and schema only)', () => {
    // Long lines inside a module, so that an edit there is re-parsed incrementally (one word each: nothing to fold).
    const study = largeStudy(120) as { protocolSection: { identificationModule: Record<string, string> } };
    Object.assign(study.protocolSection.identificationModule, {
      zzLong1: 'a'.repeat(60_000),
      zzLong2: 'b'.repeat(60_000),
    });
    const text = stringify(study);
    const previous = parseRecord(text, 'yaml');
    assert.equal(previous.checkDepth, 'full');
    const lineBreak = text.lastIndexOf('\n', text.indexOf('zzLong2'));
    const edits = {
      'two lines joined': text.slice(0, lineBreak) + text.slice(text.indexOf('zzLong2: ') + 'zzLong2: '.length),
      'a line grown': text.slice(0, lineBreak - 10) + 'c'.repeat(50_000) + text.slice(lineBreak - 10),
      'a short line edited': text.replace('NON_RANDOMIZED', 'RANDOMIZED'),
    };
    for (const [label, edited] of Object.entries(edits))
      assertSameParse(reparseRecord(previous, edited), parseRecord(edited, 'yaml'), label);
  });

  it('re-uses the unchanged part of the tree for an edit inside one module', () => {
    const text = JSON.stringify(largeStudy(), null, 2);
    const previous = parseRecord(text, 'json');
    const at = text.indexOf('NON_RANDOMIZED');
    const edited = text.slice(0, at) + 'RANDOMIZED' + text.slice(at + 'NON_RANDOMIZED'.length);
    const incremental = reparseRecord(previous, edited);
    assertSameParse(incremental, parseRecord(edited, 'json'), 'allocation edit');
    const moduleOf = (document: typeof previous, name: string) =>
      document.root?.kind === 'object' && document.root.properties[0].value?.kind === 'object'
        ? document.root.properties[0].value.properties.find((property) => property.key === name)
        : undefined;
    assert.equal(
      moduleOf(incremental, 'identificationModule'),
      moduleOf(previous, 'identificationModule'),
      'modules before the edit are shared',
    );
  });
});
