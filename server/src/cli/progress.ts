/** A one-line progress bar on a terminal: records done, rate, and time left when the input size is known. */
export class ProgressBar {
  readonly #started = Date.now();
  #lastDrawn = 0;
  #records = 0;
  #bytes = 0;

  constructor(
    private readonly write: (text: string) => void,
    /** Total input bytes, when known (0 for standard input). */
    private readonly totalBytes: number,
    private readonly width = 80,
  ) {}

  addBytes(bytes: number): void {
    this.#bytes += bytes;
  }

  recordDone(): void {
    this.#records++;
    const now = Date.now();
    if (now - this.#lastDrawn >= 100) {
      this.#lastDrawn = now;
      this.#draw(now);
    }
  }

  /** Clears the line so that the summary starts clean. */
  done(): void {
    if (this.#lastDrawn > 0) this.write('\r\u001b[2K');
  }

  #draw(now: number): void {
    const seconds = (now - this.#started) / 1000;
    const rate = seconds > 0 ? this.#records / seconds : 0;
    const fraction = this.totalBytes > 0 ? Math.min(1, this.#bytes / this.totalBytes) : undefined;
    const left = fraction && fraction > 0.01 ? (seconds * (1 - fraction)) / fraction : undefined;
    const text =
      `${this.#records.toLocaleString('en-US')} records  ` +
      `${Math.round(rate).toLocaleString('en-US')}/s${left !== undefined ? `  ${formatDuration(left)} left` : ''}`;
    const barWidth = fraction === undefined ? 0 : Math.max(10, Math.min(30, this.width - text.length - 10));
    const filled = fraction === undefined ? 0 : Math.round(fraction * barWidth);
    const bar =
      fraction === undefined
        ? ''
        : `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] ` +
          `${String(Math.floor(fraction * 100)).padStart(3)}%  `;
    this.write(`\r\u001b[2K${bar}${text}`);
  }
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${String(Math.round(seconds % 60)).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
