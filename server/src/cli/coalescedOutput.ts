/**
 * Gathers the many small writes of a run (a line per record) into a few large ones. On Linux a write to a pipe is a
 * system call that wakes the reader: one per record cost the main thread more than reading the archive. What is
 * gathered goes out once `limit` characters wait, when the event loop turns (so output still streams, batch by
 * batch), or when `flush` is called.
 */
export class CoalescedOutput {
  #pending = '';
  #scheduled = false;

  constructor(
    private readonly write: (text: string) => void,
    private readonly limit = 64 * 1024,
  ) {}

  add(text: string): void {
    this.#pending += text;
    if (this.#pending.length >= this.limit) this.flush();
    else if (!this.#scheduled) {
      this.#scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  flush(): void {
    this.#scheduled = false;
    if (this.#pending === '') return;
    const text = this.#pending;
    this.#pending = '';
    this.write(text);
  }
}
