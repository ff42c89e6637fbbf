/** What commands may touch: injected so tests run commands without a terminal. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  /** Whether stdout is a terminal (colors). */
  readonly isTty: boolean;
  /** Whether stderr is a terminal (progress bar). */
  readonly isStderrTty?: boolean;
  /** Standard input, for `-`. */
  readonly stdin?: NodeJS.ReadableStream;
  /** The script a worker thread runs (the CLI bundle); without it, checks run in this thread. */
  readonly workerScript?: string;
  /** Waits until everything written to stdout has been taken by the system (back-pressure on big runs). */
  readonly drain?: () => Promise<void>;
}

/** Exit codes: 0 no error finding, 1 error findings, 2 usage or I/O error. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export class UsageError extends Error {}
