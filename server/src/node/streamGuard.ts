import { Transform, type TransformCallback } from 'node:stream';

/** Larger messages are a broken stream, not a record: the largest record we check is 8 MB of text. */
export const MAX_CONTENT_LENGTH = 64 * 1024 * 1024;
const MAX_HEADER_BYTES = 8 * 1024;

/**
 * Checks the JSON-RPC framing of the server's input (`Content-Length: n\r\n\r\n` + n bytes)
 * before the protocol library reads it. A missing, malformed or huge Content-Length, or a
 * header with NUL bytes, cannot be resynchronised: the library would wait forever for bytes
 * that never come (alive but deaf). The guard emits an error instead, so the server can
 * log it and exit, and the editor restarts it.
 */
export class FramingGuard extends Transform {
  #header = Buffer.alloc(0);
  #bodyLeft = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    let data = chunk;
    while (data.length > 0) {
      if (this.#bodyLeft > 0) {
        const take = Math.min(this.#bodyLeft, data.length);
        this.push(data.subarray(0, take));
        this.#bodyLeft -= take;
        data = data.subarray(take);
        continue;
      }
      this.#header = Buffer.concat([this.#header, data]);
      data = Buffer.alloc(0);
      const end = this.#header.indexOf('\r\n\r\n');
      if (end === -1) {
        if (this.#header.length > MAX_HEADER_BYTES)
          return callback(new Error(`no end of header after ${MAX_HEADER_BYTES} bytes`));
        break;
      }
      const problem = headerProblem(this.#header.subarray(0, end).toString('latin1'));
      if (typeof problem === 'string') return callback(new Error(problem));
      this.push(this.#header.subarray(0, end + 4));
      data = this.#header.subarray(end + 4);
      this.#header = Buffer.alloc(0);
      this.#bodyLeft = problem.length;
    }
    callback();
  }
}

/** The message length, or what is wrong with the header. */
function headerProblem(header: string): { length: number } | string {
  if (header.includes('\0')) return 'NUL byte in a message header';
  let length: number | undefined;
  for (const line of header.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) return `malformed header line ${JSON.stringify(line.slice(0, 80))}`;
    if (line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
    const value = line.slice(colon + 1).trim();
    if (!/^\d{1,12}$/.test(value)) return `Content-Length is not a number: ${JSON.stringify(value.slice(0, 40))}`;
    length = Number(value);
  }
  if (length === undefined) return 'message header without Content-Length';
  if (length > MAX_CONTENT_LENGTH) return `Content-Length ${length} is over the ${MAX_CONTENT_LENGTH}-byte limit`;
  return { length };
}
