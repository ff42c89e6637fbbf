import { closeSync, createReadStream, fstatSync, openSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import * as yauzl from 'yauzl';
import { formatOfPath, type SeverityLevel } from '../core';
import { RECORD_FILE, type InputFile } from './files';
import type { InputItem } from './jobs';
import { JsonRecordSplitter, type SplitOutput } from './jsonSplitter';
import { ArchiveReader, inflateText, readStoredEntry, type StoredText } from './zipEntry';

export interface ReadOptions {
  readonly cwd: string;
  readonly stdin?: NodeJS.ReadableStream;
  /** Severities for records read from a file (its config file plus --rule overrides). */
  readonly severitiesFor: (path: string) => Readonly<Record<string, SeverityLevel>>;
  /** Told how many bytes of the inputs have been read, for the progress bar. */
  readonly onBytes?: (bytes: number) => void;
}

const STDIN_LABEL = '<stdin>';
const CHUNK_SIZE = 1 << 20;

/** Reads every input in order and yields its records (and what could not be read), one at a time. */
export async function* readInputs(inputs: readonly InputFile[], options: ReadOptions): AsyncGenerator<InputItem> {
  for (const input of inputs) {
    if (input.kind === 'stdin') yield* readStdin(options);
    else if (input.kind === 'zip') yield* readZip(input, options);
    else if (input.kind === 'collection') yield* readCollection(input, options);
    else yield* readRecordFile(input, options);
  }
}

async function* readRecordFile(input: InputFile, options: ReadOptions): AsyncGenerator<InputItem> {
  let text: string;
  try {
    text = await readFile(resolve(options.cwd, input.path), 'utf8');
  } catch (error) {
    yield problem(input.path, `cannot read ${input.path}: ${reasonOf(error)}`);
    return;
  }
  options.onBytes?.(input.size);
  const job = {
    label: input.path,
    text,
    format: formatOfPath(input.path),
    line: 0,
    character: 0,
    severities: options.severitiesFor(input.path),
  };
  yield { kind: 'record', job };
}

async function* readCollection(input: InputFile, options: ReadOptions): AsyncGenerator<InputItem> {
  const stream = createReadStream(resolve(options.cwd, input.path), { highWaterMark: CHUNK_SIZE });
  const lines = /\.(jsonl|ndjson)$/i.test(input.path);
  yield* splitStream(stream, input.path, lines, options.severitiesFor(input.path), options.onBytes);
}

async function* splitStream(
  stream: AsyncIterable<Buffer | string> | Iterable<string>,
  label: string,
  jsonLines: boolean,
  severities: Readonly<Record<string, SeverityLevel>>,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<InputItem> {
  const splitter = new JsonRecordSplitter();
  const decoder = new StringDecoder('utf8');
  let records = 0;
  const items = function* (outputs: SplitOutput[]): Generator<InputItem> {
    for (const output of outputs) {
      if ('problem' in output) {
        yield problem(
          `${label}${output.pointer ? `#${output.pointer}` : ''}`,
          `${label}, line ${output.line + 1}: ${output.problem}`,
        );
        continue;
      }
      records++;
      const place = output.whole ? (jsonLines ? `${label}:${output.line + 1}` : label) : `${label}#${output.pointer}`;
      const job = {
        label: place,
        text: output.text,
        format: 'json' as const,
        line: output.line,
        character: output.character,
        severities,
      };
      yield { kind: 'record', job };
    }
  };
  try {
    for await (const chunk of stream) {
      onBytes?.(chunk.length);
      yield* items(splitter.push(typeof chunk === 'string' ? chunk : decoder.write(chunk)));
    }
  } catch (error) {
    yield problem(label, `cannot read ${label}: ${reasonOf(error)}`);
    return;
  }
  yield* items(splitter.push(decoder.end()));
  yield* items(splitter.end());
  if (records === 0) {
    const job = { label, text: '', format: 'json' as const, line: 0, character: 0, severities };
    yield { kind: 'record', job };
  }
}

async function* readStdin(options: ReadOptions): AsyncGenerator<InputItem> {
  if (!options.stdin) {
    yield problem(STDIN_LABEL, 'cannot read standard input here.');
    return;
  }
  const iterator = (options.stdin as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let first = await iterator.next();
  while (!first.done && String(first.value).trim() === '') {
    head.push(Buffer.from(first.value));
    first = await iterator.next();
  }
  const severities = options.severitiesFor(resolve(options.cwd, 'stdin'));
  if (first.done) {
    yield { kind: 'record', job: { label: STDIN_LABEL, text: '', format: 'yaml', line: 0, character: 0, severities } };
    return;
  }
  const firstChunk = Buffer.from(first.value);
  if (firstChunk.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    yield problem(STDIN_LABEL, 'a ZIP archive cannot be read from standard input: name the file instead.');
    return;
  }
  const rest = async function* (): AsyncGenerator<Buffer> {
    yield* head;
    yield firstChunk;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield Buffer.from(next.value);
  };
  const start = firstChunk.toString('utf8').trimStart()[0];
  if (start === '{' || start === '[') {
    yield* splitStream(rest(), STDIN_LABEL, true, severities);
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of rest()) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  yield { kind: 'record', job: { label: STDIN_LABEL, text, format: 'yaml', line: 0, character: 0, severities } };
}

/** Entries worth reading in an archive: records and lists of records; never folders or macOS metadata. */
function isRecordEntry(name: string): boolean {
  if (name.endsWith('/') || name.startsWith('__MACOSX/') || /(^|\/)\./.test(name)) return false;
  return /\.(json|jsonl|ndjson|ya?ml)$/i.test(name);
}

async function* readZip(input: InputFile, options: ReadOptions): AsyncGenerator<InputItem> {
  let zip: yauzl.ZipFile;
  let reader: ArchiveReader | undefined;
  try {
    const opened = new ArchiveReader(openSync(resolve(options.cwd, input.path), 'r'));
    reader = opened;
    zip = await new Promise<yauzl.ZipFile>((done, fail) =>
      yauzl.fromRandomAccessReader(
        opened,
        fstatSync(opened.fd).size,
        { lazyEntries: true, autoClose: false, strictFileNames: false },
        (error, file) => (error ? fail(error) : done(file)),
      ),
    );
  } catch (error) {
    if (reader) closeSync(reader.fd);
    yield problem(input.path, `cannot read ${input.path}: not a readable ZIP archive (${reasonOf(error)})`);
    return;
  }
  try {
    yield* readZipEntries(input, zip, reader, options);
  } finally {
    zip.close();
  }
}

/**
 * The archive's records, one at a time (lazyEntries): only the entries in flight are in memory,
 * compressed. yauzl reads the directory; each entry's bytes are read with one read and inflated
 * where the record is checked (in a worker when there are workers).
 */
async function* readZipEntries(
  input: InputFile,
  zip: yauzl.ZipFile,
  file: ArchiveReader,
  options: ReadOptions,
): AsyncGenerator<InputItem> {
  const severities = options.severitiesFor(input.path);
  const perEntryBytes = zip.entryCount > 0 ? input.size / zip.entryCount : 0;
  const entries = zipEntries(zip);
  for (;;) {
    let next: IteratorResult<yauzl.Entry>;
    try {
      next = await entries.next();
    } catch (error) {
      yield problem(
        input.path,
        `cannot read ${input.path}: the archive is damaged (` +
          `${reasonOf(error)}); the entries before this point were checked`,
      );
      return;
    }
    if (next.done) return;
    const entry = next.value;
    options.onBytes?.(perEntryBytes);
    if (!isRecordEntry(entry.fileName)) continue;
    const label = `${input.path}:${entry.fileName}`;
    let stored: StoredText;
    let text: string | undefined;
    const name = entry.fileName.split('/').pop() ?? entry.fileName;
    const isRecord = RECORD_FILE.test(name) || /\.ya?ml$/i.test(name);
    try {
      stored = readStoredEntry(file, entry);
      // A list of records is split here, so it is inflated here.
      if (!isRecord) text = inflateText(stored);
    } catch (error) {
      yield problem(label, `cannot read ${label}: ${reasonOf(error)}`);
      continue;
    }
    if (text === undefined) {
      yield { kind: 'record', job: { label, stored, format: formatOfPath(name), line: 0, character: 0, severities } };
    } else {
      yield* splitStream([text], label, /\.(jsonl|ndjson)$/i.test(name), severities);
    }
  }
}

/** Yields the archive's entries one by one, asking for the next only when the previous one is done. */
function zipEntries(zip: yauzl.ZipFile): AsyncIterator<yauzl.Entry> {
  let waiting: { resolve: (result: IteratorResult<yauzl.Entry>) => void; reject: (error: Error) => void } | undefined;
  let failure: Error | undefined;
  let ended = false;
  zip.on('entry', (entry: yauzl.Entry) => waiting?.resolve({ value: entry, done: false }));
  zip.on('end', () => {
    ended = true;
    waiting?.resolve({ value: undefined, done: true });
  });
  zip.on('error', (error: Error) => {
    failure = error;
    waiting?.reject(error);
  });
  return {
    next: () =>
      new Promise((resolveNext, rejectNext) => {
        if (failure) return rejectNext(failure);
        if (ended) return resolveNext({ value: undefined, done: true });
        waiting = { resolve: resolveNext, reject: rejectNext };
        zip.readEntry();
      }),
  };
}

function problem(label: string, message: string): InputItem {
  return { kind: 'problem', problem: { label, message } };
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES') return 'permission denied';
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EISDIR') return 'it is a folder';
  return error instanceof Error ? error.message : String(error);
}
