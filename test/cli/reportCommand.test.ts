import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { csvCell } from '../../server/src/cli/reportCommand';
import { chromiumPerSuite } from '../render/chromium';

const CLI = join(__dirname, '../../dist/cli.js');
const RECORDS = join(__dirname, '../fixtures/records');
const TODAY = '2025-11-20';

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args, '--today', TODAY], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The fixture records plus one whose sponsor name carries markup, as JSON Lines. */
function inputWithHostileText(dir: string): string {
  const names = readdirSync(RECORDS).filter((name) => /^NCT\d+\.json$/.test(name));
  const studies = names.map((name) => JSON.parse(readFileSync(join(RECORDS, name), 'utf8')));
  studies[0].protocolSection.sponsorCollaboratorsModule.leadSponsor.name =
    '<img src="https://example.org/x.png" onerror="window.__pwned=1">';
  const file = join(dir, 'studies.jsonl');
  writeFileSync(file, studies.map((study) => JSON.stringify(study)).join('\n') + '\n');
  return file;
}

describe('CLI: trial-record report', function () {
  this.timeout(90_000);
  const dir = mkdtempSync(join(tmpdir(), 'trial-record-report-'));
  const browser = chromiumPerSuite();

  it('writes a page that Chromium shows with its chart, without console errors or any network request', async () => {
    const html = join(dir, 'report.html');
    const result = run('report', inputWithHostileText(dir), '-o', html);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /report\.html: 60 records, \d+ with errors/);

    const page = await browser().newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    const url = pathToFileURL(html).href;
    await page.goto(url, { waitUntil: 'load' });

    assert.deepEqual(problems, []);
    assert.deepEqual(requests, [url], 'the page loads nothing but itself');
    const bars = await page.locator('svg.chart g.bar rect').count();
    const ruleRows = await page.locator('table.rules tbody tr').count();
    assert.ok(bars > 0, 'bar chart drawn');
    assert.equal(bars, Math.min(30, ruleRows));
    const box = await page.locator('svg.chart').boundingBox();
    assert.ok(box && box.width > 300 && box.height > 20, 'chart has a visible size');
    for (const key of ['sponsor', 'status', 'studyType', 'phase'])
      assert.ok((await page.locator(`#by-${key} tbody tr`).count()) > 0, key);
    // Every listed record links to its findings on the page.
    const links = await page
      .locator('table.worst a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    assert.ok(links.length > 0);
    for (const href of links)
      assert.equal((await page.locator(`${href} li`).count()) > 0, true, `${href} lists findings`);
    // Rule names link to their documentation.
    const docs = await page.locator('table.rules a').first().getAttribute('href');
    assert.match(docs ?? '', /docs\/rules\.md#/);
    // Text from the records is shown as text.
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.equal(await page.locator('main img').count(), 0);
    assert.ok((await page.locator('#by-sponsor').innerText()).includes('<img src="https://example.org/x.png"'));
    await page.close();
  });

  it('writes one CSV row per finding, matching what check reports', () => {
    const csv = run('report', RECORDS, '--format', 'csv');
    assert.equal(csv.code, 0);
    const rows = csv.stdout.split('\r\n').filter(Boolean);
    assert.equal(
      rows[0],
      'record,nct_id,rule,severity,message,path,line,column,lead_sponsor,overall_status,study_type,phases',
    );
    const checked = JSON.parse(run('check', RECORDS, '--format', 'json').stdout) as { findings: unknown[] }[];
    assert.equal(
      rows.length - 1,
      checked.reduce((sum, report) => sum + report.findings.length, 0),
    );
  });

  it('quotes CSV cells and defuses spreadsheet formulas', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a, "b"'), '"a, ""b"""');
    assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvCell('line\nbreak'), '"line\nbreak"');
  });
});
