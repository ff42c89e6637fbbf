import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE, clientMessages } from '../../scripts/generate-l10n-bundle';
import { generateReadme, readInputs } from '../../scripts/generate-readme-reference';

describe('meta: README', () => {
  const { readme, manifest, strings } = readInputs();

  it('lists the settings and commands of package.json (run `npm run generate`)', () => {
    assert.equal(readme, generateReadme(readme, manifest, strings));
  });

  it('keeps the two quick-start commands', () => {
    assert.match(readme, /npm ci && npm start\n/);
    assert.match(readme, /npm ci && npm test\n/);
  });

  it('shows only images that exist in the repository', () => {
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((match) => match[1]);
    assert.ok(images.length >= 3, 'screenshots: quick fix, preview, new record');
    assert.deepEqual(
      images.filter((image) => !existsSync(join(__dirname, '../..', image))),
      [],
    );
  });
});

describe('meta: localization', () => {
  it('has every client string in l10n/bundle.l10n.json (run `npm run generate`)', () => {
    const messages = clientMessages();
    assert.ok(Object.keys(messages).length > 20);
    assert.deepEqual(JSON.parse(readFileSync(BUNDLE, 'utf8')), messages);
  });
});
