// Injected by esbuild into the web bundles (client and server worker) in place of Node's global
// `Buffer`, which a web worker does not have. The registry XML validator builds its byte-order-mark
// table with `Buffer.from` when it loads; records reach it as strings, so byte arrays are enough.
const toBytes = (data: ArrayLike<number> | Iterable<number>): Uint8Array => Uint8Array.from(data as ArrayLike<number>);

export const Buffer = {
  from: toBytes,
  alloc: (size: number): Uint8Array => new Uint8Array(size),
  isBuffer: (value: unknown): boolean => value instanceof Uint8Array,
  concat(chunks: readonly Uint8Array[]): Uint8Array {
    const out = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
    let offset = 0;
    for (const chunk of chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  },
};
