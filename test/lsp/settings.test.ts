import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serverPerTest } from './lspClient';

const EXAMPLE = join(__dirname, '../../examples/NCT01547091.trial.yaml');
const EXAMPLE_TEXT = readFileSync(EXAMPLE, 'utf8');
const URI = pathToFileURL(EXAMPLE).href;
const RULE = 'design/single-group-multiple-arms';

describe('language server: settings', function () {
  this.timeout(30_000);
  const server = serverPerTest({
    setUp: async (client) => {
      await client.open(URI, 'trial-record', EXAMPLE_TEXT);
      const diagnostics = await client.diagnostics(URI, 1);
      assert.ok(
        diagnostics.some((d) => d.code === RULE),
        'the seed record reports the single-group finding',
      );
    },
  });

  it('drops a rule turned off from an open record without an edit, and brings it back', async () => {
    const off = server().nextDiagnostics(URI);
    await server().changeConfiguration({ rules: { [RULE]: 'off' } });
    const diagnostics = await off;
    assert.deepEqual(
      diagnostics.filter((d) => d.code === RULE),
      [],
    );
    assert.ok(diagnostics.length > 0, 'the other findings stay');

    const back = server().nextDiagnostics(URI);
    await server().changeConfiguration({ rules: { [RULE]: 'error' } });
    const again = (await back).filter((d) => d.code === RULE);
    assert.equal(again.length, 1);
    assert.equal(again[0].severity, 1, 'published as an error, as configured');
  });

  it('clears the diagnostics when validation is turned off', async () => {
    const cleared = server().nextDiagnostics(URI);
    await server().changeConfiguration({ validate: { enable: false } });
    assert.deepEqual(await cleared, []);
  });

  it('ignores a wrong value, says which key is wrong, and keeps checking', async () => {
    const next = server().nextDiagnostics(URI);
    await server().changeConfiguration({ rules: { [RULE]: 'hint', 'schema/enum': 'loud' } });
    const diagnostics = await next;
    assert.ok(
      diagnostics.some((d) => d.code === RULE),
      'the default severity applies',
    );
    const warning = server().messages.find((m) => m.message.includes('trialRecord.rules'));
    assert.ok(warning, `a message about the setting: ${JSON.stringify(server().messages)}`);
    assert.match(warning.message, /trialRecord\.rules\["design\/single-group-multiple-arms"\]: "hint" is not a level/);
    assert.match(warning.message, /trialRecord\.rules\["schema\/enum"\]: "loud" is not a level/);
  });
});
