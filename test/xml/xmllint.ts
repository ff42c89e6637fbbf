/** Validates XML files against the upload XSD with xmllint, many files per process for speed. */
import { spawnSync } from 'node:child_process';

export function xmllintAvailable(): boolean {
  return spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** file → xmllint's error lines (empty when the file validates). */
export function validateAgainstXsd(files: readonly string[], xsd: string, batch = 150): Map<string, string[]> {
  const results = new Map<string, string[]>();
  for (let start = 0; start < files.length; start += batch) {
    const chunk = files.slice(start, start + batch);
    const run = spawnSync('xmllint', ['--noout', '--schema', xsd, ...chunk], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    for (const file of chunk) results.set(file, []);
    for (const line of run.stderr.split('\n')) {
      const file = chunk.find((candidate) => line.startsWith(`${candidate}:`) || line.startsWith(`${candidate} `));
      if (!file || line.endsWith(' validates')) continue;
      if (line.endsWith(' fails to validate')) {
        if ((results.get(file) ?? []).length === 0) results.get(file)?.push(line);
        continue;
      }
      results.get(file)?.push(line);
    }
    if (run.status !== 0 && run.status !== 3 && ![...chunk].some((file) => (results.get(file) ?? []).length > 0)) {
      throw new Error(`xmllint failed (${run.status}): ${run.stderr.slice(0, 500)}`);
    }
  }
  return results;
}
