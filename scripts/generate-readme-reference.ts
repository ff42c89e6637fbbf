// Writes the README's settings and commands tables from package.json (and package.nls.json),
// between the markers `<!-- generated:settings -->` … `<!-- /generated:settings -->` and the
// same for `commands`. The meta test fails when the README is stale: run `npm run generate`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Manifest {
  contributes: {
    configuration: {
      properties: Record<
        string,
        { type: string; default: unknown; description?: string; markdownDescription?: string; enum?: string[] }
      >;
    };
    commands: { command: string; title: string; category?: string }[];
    menus: { commandPalette?: { command: string; when?: string }[] };
    keybindings?: { command: string; key: string }[];
  };
}

const root = join(__dirname, '..');

function localize(text: string, strings: Record<string, string>): string {
  return text.replace(/^%(.+)%$/, (match, key: string) => strings[key] ?? match);
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function settingsTable(manifest: Manifest, strings: Record<string, string>): string {
  const rows = Object.entries(manifest.contributes.configuration.properties).map(([key, property]) => {
    const description = localize(property.markdownDescription ?? property.description ?? '', strings);
    const values = property.enum ? ` (${property.enum.map((value) => `\`${value}\``).join(', ')})` : '';
    return `| \`${key}\` | \`${JSON.stringify(property.default)}\` | ${cell(description)}${values} |`;
  });
  return ['| setting | default | what it does |', '| --- | --- | --- |', ...rows].join('\n');
}

export function commandsTable(manifest: Manifest, strings: Record<string, string>): string {
  const hidden = new Set(
    (manifest.contributes.menus.commandPalette ?? [])
      .filter((entry) => entry.when === 'false')
      .map((entry) => entry.command),
  );
  const keys = new Map((manifest.contributes.keybindings ?? []).map((binding) => [binding.command, binding.key]));
  const rows = manifest.contributes.commands
    .filter((command) => !hidden.has(command.command))
    .map((command) => {
      const title = `${command.category ? `${command.category}: ` : ''}${localize(command.title, strings)}`;
      const key = keys.get(command.command);
      return `| ${cell(title)} | ${key ? `\`${key}\`` : ''} |`;
    });
  return ['| command | keys |', '| --- | --- |', ...rows].join('\n');
}

/** The README with its generated blocks replaced. */
export function generateReadme(readme: string, manifest: Manifest, strings: Record<string, string>): string {
  const blocks: Record<string, string> = {
    settings: settingsTable(manifest, strings),
    commands: commandsTable(manifest, strings),
  };
  let text = readme;
  for (const [name, table] of Object.entries(blocks)) {
    const pattern = new RegExp(`(<!-- generated:${name} -->\\n)[\\s\\S]*?(<!-- /generated:${name} -->)`);
    if (!pattern.test(text)) throw new Error(`README.md has no <!-- generated:${name} --> block`);
    text = text.replace(pattern, (_match, start: string, end: string) => `${start}${table}\n${end}`);
  }
  return text;
}

export function readInputs(): { readme: string; manifest: Manifest; strings: Record<string, string> } {
  return {
    readme: readFileSync(join(root, 'README.md'), 'utf8'),
    manifest: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest,
    strings: JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>,
  };
}

if (require.main === module) {
  const { readme, manifest, strings } = readInputs();
  writeFileSync(join(root, 'README.md'), generateReadme(readme, manifest, strings));
  console.log('README.md: settings and commands tables written');
}
