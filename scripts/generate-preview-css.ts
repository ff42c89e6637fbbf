// Writes media/preview.css (the webview stylesheet) from server/src/core/render/pageStyles.ts,
// the single source of the preview's styles. test/render/host.test.ts fails when it is stale.
// Usage: npx tsx scripts/generate-preview-css.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { webviewCss } from '../server/src/core/render';

const file = join(__dirname, '..', 'media', 'preview.css');
writeFileSync(file, webviewCss());
console.log(`wrote ${file}`);
