import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SERVER_BUNDLE, TestLspClient } from './lspClient';

const EXAMPLE = join(__dirname, '../../examples/NCT01547091.trial.yaml');
const EXAMPLE_TEXT = readFileSync(EXAMPLE, 'utf8');
const URI = pathToFileURL(EXAMPLE).href;
const RULE = 'design/single-group-multiple-arms';

describe('language server: settings', function () {
  this.timeout(30_000);
  let client: TestLspClient;

  before(function () {
    if (!existsSync(SERVER_BUNDLE)) throw new Error('dist/server.js is missing: run "npm run build" first.');
  });
  beforeEach(async () => {
    client = new TestLspClient();
    await client.initialize();
    await client.open(URI, 'trial-record', EXAMPLE_TEXT);
    const diagnostics = await client.diagnostics(URI, 1);
    assert.ok(
      diagnostics.some((d) => d.code === RULE),
      'the seed record reports the single-group finding',
    );
  });
  afterEach(async () => client.shutdown());

  it('drops a rule turned off from an open record without an edit, and brings it back', async () => {
    const off = client.nextDiagnostics(URI);
    await client.changeConfiguration({ rules: { [RULE]: 'off' } });
    const diagnostics = await off;
    assert.deepEqual(
      diagnostics.filter((d) => d.code === RULE),
      [],
    );
    assert.ok(diagnostics.length > 0, 'the other findings stay');

    const back = client.nextDiagnostics(URI);
    await client.changeConfiguration({ rules: { [RULE]: 'error' } });
    const again = (await back).filter((d) => d.code === RULE);
    assert.equal(again.length, 1);
    assert.equal(again[0].severity, 1, 'published as an error, as configured');
  });

  it('clears the diagnostics when validation is turned off', async () => {
    const cleared = client.nextDiagnostics(URI);
    await client.changeConfiguration({ validate: { enable: false } });
    assert.deepEqual(await cleared, []);
  });

  it('ignores a wrong value, says which key is wrong, and keeps checking', async () => {
    const next = client.nextDiagnostics(URI);
    await client.changeConfiguration({ rules: { [RULE]: 'hint', 'schema/enum': 'loud' } });
    const diagnostics = await next;
    assert.ok(
      diagnostics.some((d) => d.code === RULE),
      'the default severity applies',
    );
    const warning = client.messages.find((m) => m.message.includes('trialRecord.rules'));
    assert.ok(warning, `a message about the setting: ${JSON.stringify(client.messages)}`);
    assert.match(warning.message, /trialRecord\.rules\["design\/single-group-multiple-arms"\]: "hint" is not a level/);
    assert.match(warning.message, /trialRecord\.rules\["schema\/enum"\]: "loud" is not a level/);
  });
});
