// The command line as the e2e runners (run-e2e.mjs, run-electron.mjs) read it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const argv = process.argv.slice(2);
/** The value after `--name`, or `dflt` when the option is not given. */
export const opt = (name, dflt) => {
  const i = argv.indexOf('--' + name);
  return i >= 0 ? argv[i + 1] : dflt;
};
