import { close, createReadStream, readSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { inflateRawSync } from 'node:zlib';
import * as yauzl from 'yauzl';

/**
 * An archive entry's bytes as stored: read on the main thread (one read per entry) and
 * inflated where the record is checked, so that with worker threads the main thread only
 * hands over compressed bytes and the inflating is shared by the workers.
 */
export interface StoredText {
  readonly data: Uint8Array;
  /** 0 stored, 8 deflated (the only methods registry downloads use). */
  readonly method: number;
  /** Uncompressed size, as the archive's directory gives it. */
  readonly size: number;
}

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_LENGTH = 30;
/** Read past the data in case the local header's extra field is longer than the directory's. */
const SLACK = 1024;

/** Size of the reads that serve yauzl's many small reads of the archive's directory. */
const WINDOW = 1 << 20;

/**
 * yauzl's view of an archive file, read synchronously: yauzl reads the directory in two small
 * reads per entry, and as asynchronous reads (a thread pool round trip each) they cost the main
 * thread more than handing the records over. Here they are served from one megabyte read at a time.
 */
export class ArchiveReader extends yauzl.RandomAccessReader {
  #window = Buffer.alloc(0);
  #windowStart = 0;

  constructor(readonly fd: number) {
    super();
  }

  /** Reads into `bytes` from `position`; returns how many bytes there were. */
  readAt(bytes: Uint8Array, position: number, length = bytes.length): number {
    let done = 0;
    while (done < length) {
      const read = readSync(this.fd, bytes, done, length - done, position + done);
      if (read === 0) break;
      done += read;
    }
    return done;
  }

  override read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number,
    callback: (error: Error | null, bytesRead?: number) => void,
  ): void {
    let copied: number;
    try {
      const end = position + length;
      if (position < this.#windowStart || end > this.#windowStart + this.#window.length) {
        const window = Buffer.allocUnsafe(Math.max(length, WINDOW));
        this.#window = window.subarray(0, this.readAt(window, position));
        this.#windowStart = position;
      }
      copied = this.#window.copy(buffer, offset, position - this.#windowStart, end - this.#windowStart);
    } catch (error) {
      process.nextTick(callback, error instanceof Error ? error : new Error(String(error)));
      return;
    }
    process.nextTick(callback, null, copied);
  }

  override _readStreamForRange(start: number, end: number): Readable {
    return createReadStream('', { fd: this.fd, start, end: end - 1, autoClose: false });
  }

  override close(callback: (error: Error | null) => void): void {
    close(this.fd, callback);
  }
}

/** Reads an entry's stored bytes with one read (two when its local header is unusually long). */
export function readStoredEntry(file: ArchiveReader, entry: yauzl.Entry): StoredText {
  if (entry.isEncrypted()) throw new Error('the entry is encrypted');
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
    throw new Error(`unsupported compression method ${entry.compressionMethod}`);
  const at = entry.relativeOffsetOfLocalHeader;
  const expected = LOCAL_HEADER_LENGTH + entry.fileNameLength + entry.extraFieldLength + entry.compressedSize;
  let bytes = new Uint8Array(expected + SLACK);
  let bytesRead = file.readAt(bytes, at);
  if (bytesRead < LOCAL_HEADER_LENGTH) throw new Error('the archive ends inside this entry');
  const header = new DataView(bytes.buffer, bytes.byteOffset, LOCAL_HEADER_LENGTH);
  const signature = header.getUint32(0, true);
  if (signature !== LOCAL_HEADER_SIGNATURE)
    throw new Error(`invalid local file header signature: 0x${signature.toString(16)}`);
  const start = LOCAL_HEADER_LENGTH + header.getUint16(26, true) + header.getUint16(28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) {
    bytes = new Uint8Array(end);
    bytesRead = file.readAt(bytes, at);
  }
  if (bytesRead < end) throw new Error('the archive ends inside this entry');
  return { data: bytes.subarray(start, end), method: entry.compressionMethod, size: entry.uncompressedSize };
}

/** The entry's text (UTF-8); throws with the reason when its bytes do not inflate to the size the archive says. */
export function inflateText(stored: StoredText): string {
  let bytes: Uint8Array;
  try {
    bytes =
      stored.method === 0 ? stored.data : inflateRawSync(stored.data, { maxOutputLength: Math.max(stored.size, 1) });
  } catch (error) {
    throw new Error(`the entry's data is damaged (${error instanceof Error ? error.message : String(error)})`);
  }
  if (bytes.length !== stored.size)
    throw new Error(`the entry holds ${bytes.length} bytes, not the ${stored.size} the archive's directory says`);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
}
