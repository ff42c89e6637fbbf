// Writes the generated assets the extension ships into dist/ (not committed): the preview's
// stylesheet (from server/src/core/render/pageStyles.ts) and the TextMate grammars (from the
// enums). Runs as part of `npm run build`; package.json and the preview panel point at dist/.
// Usage: npx tsx scripts/build-assets.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { webviewCss } from '../server/src/core/render';
import { buildGrammars } from './generate-grammars';

const dist = join(__dirname, '..', 'dist');
mkdirSync(join(dist, 'syntaxes'), { recursive: true });
writeFileSync(join(dist, 'preview.css'), webviewCss());
for (const [name, grammar] of Object.entries(buildGrammars())) {
  writeFileSync(join(dist, 'syntaxes', name), JSON.stringify(grammar, null, 2) + '\n');
}
