/**
 * Builds a registry-download-like ZIP from the shared corpus: `count` records, each a corpus
 * record with its NCT id rewritten to a fresh one, stored as `NCT9xxxxxxx/NCT9xxxxxxx.json`
 * (the layout of the registry's full download). Usage: npx tsx scripts/synthetic-archive.ts out.zip [count]
 */
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ZipFile } from 'yazl';

export async function writeSyntheticArchive(
  corpus: string,
  out: string,
  count: number,
): Promise<{ records: number; bytes: number }> {
  const sources = readdirSync(corpus)
    .filter((name) => /^NCT\d+\.json$/.test(name))
    .sort()
    .map((name) => ({ id: name.slice(0, -5), text: readFileSync(join(corpus, name), 'utf8') }));
  if (sources.length === 0) throw new Error(`no NCT*.json records in ${corpus}`);
  const zip = new ZipFile();
  const done = new Promise<void>((resolve, reject) => {
    const stream = createWriteStream(out);
    zip.outputStream.pipe(stream).on('close', resolve).on('error', reject);
  });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length];
    const id = `NCT9${String(i).padStart(7, '0')}`;
    const text = source.text.split(source.id).join(id);
    bytes += text.length;
    zip.addBuffer(Buffer.from(text), `${id.slice(0, 7)}xxxx/${id}.json`);
  }
  zip.end();
  await done;
  return { records: count, bytes };
}

if (require.main === module) {
  const [out = 'synthetic.zip', count = '20000'] = process.argv.slice(2);
  writeSyntheticArchive(join(__dirname, '../../shared/corpus/v2json'), out, Number(count)).then(
    ({ records, bytes }) => console.log(`${out}: ${records} records, ${(bytes / 1e6).toFixed(0)} MB uncompressed`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
