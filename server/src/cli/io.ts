/** What commands may touch: injected so tests run commands without a terminal. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  /** Whether stdout is a terminal (colors). */
  readonly isTty: boolean;
}

/** Exit codes: 0 no error finding, 1 error findings, 2 usage or I/O error. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export class UsageError extends Error {}
