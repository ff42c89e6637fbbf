import { parentPort, Worker, workerData } from 'node:worker_threads';
import { RecordChecker } from './checkRecord';
import {
  UnreadableRecordError,
  type CheckSettings,
  type InputItem,
  type InputProblem,
  type RecordJob,
  type RecordResult,
} from './jobs';

/** Checks records somewhere: in this thread, or in it and worker threads. */
export interface Checker {
  check(job: RecordJob): Promise<RecordResult>;
  close(): Promise<void>;
}

export type Outcome =
  | { readonly kind: 'record'; readonly result: RecordResult }
  | { readonly kind: 'problem'; readonly problem: InputProblem };

/**
 * What the records read ahead may hold at most, whatever the count allows (a folder of the largest records): their
 * text, or for archive entries their compressed bytes, which is what waits until a thread checks them.
 */
const MAX_SIZE_IN_FLIGHT = 32 * 1024 * 1024;

/**
 * Checks every record and yields the outcomes in input order. At most `maxInFlight` records, and
 * `MAX_SIZE_IN_FLIGHT` of their text, are read ahead of the one being reported, so memory stays
 * bounded whatever the input size.
 */
export async function* checkInOrder(
  items: AsyncIterable<InputItem>,
  checker: Checker,
  maxInFlight: number,
): AsyncGenerator<Outcome> {
  const queue: { readonly outcome: Promise<Outcome>; readonly size: number }[] = [];
  /** The sizes of the records in `queue`, together. */
  let held = 0;
  const next = () => {
    const first = queue.shift() as (typeof queue)[number];
    held -= first.size;
    return first.outcome;
  };
  for await (const item of items) {
    const size = item.kind === 'problem' ? 0 : 'text' in item.job ? item.job.text.length : item.job.stored.data.length;
    held += size;
    const outcome =
      item.kind === 'problem'
        ? Promise.resolve(item)
        : checker.check(item.job).then(
            (result): Outcome => ({ kind: 'record', result }),
            (error: unknown): Outcome => ({
              kind: 'problem',
              problem: {
                label: item.job.label,
                message:
                  error instanceof UnreadableRecordError
                    ? error.message
                    : `checking ${item.job.label} failed: ${String(error)}`,
              },
            }),
          );
    queue.push({ outcome, size });
    while (queue.length >= maxInFlight || (queue.length > 1 && held > MAX_SIZE_IN_FLIGHT)) yield await next();
  }
  while (queue.length > 0) yield await next();
}

/** Checks in this thread (`--jobs 1`, and small runs where starting workers would cost more than it saves). */
export function inProcessChecker(settings: CheckSettings): Checker {
  const batches = new CheckBatches(new RecordChecker(settings));
  return { check: (job) => batches.check(job), close: () => Promise.resolve() };
}

/** At most this many records are checked together, and at most this much text unless one record is larger. */
const BATCH_RECORDS = 16;
const BATCH_CHARACTERS = 1 << 20;

/**
 * Records checked in batches (`RecordChecker.checkEach`, a third less time for the rules than one by one): records
 * wait until the thread is free, then those waiting are checked together, so a batch is as large as the input's
 * pace allows and a lone record is never held back.
 */
class CheckBatches {
  readonly #waiting: WaitingCheck[] = [];
  #scheduled = false;

  constructor(private readonly checker: RecordChecker) {}

  add(job: RecordJob, settle: (outcome: RecordResult | Error) => void): void {
    this.#waiting.push({ job, settle });
    if (this.#scheduled) return;
    this.#scheduled = true;
    setImmediate(() => this.#checkWaiting());
  }

  /** The record's result, once a batch (or whoever takes it with `takeOldest`) has checked it. */
  check(job: RecordJob): Promise<RecordResult> {
    return new Promise((resolve, reject) =>
      this.add(job, (outcome) => (outcome instanceof Error ? reject(outcome) : resolve(outcome))),
    );
  }

  /** The record that has waited longest, taken away to be checked elsewhere. */
  takeOldest(): WaitingCheck | undefined {
    return this.#waiting.shift();
  }

  #checkWaiting(): void {
    this.#scheduled = false;
    const batch = this.#waiting.splice(0, batchLength(this.#waiting));
    if (batch.length === 0) return;
    if (this.#waiting.length > 0) {
      this.#scheduled = true;
      setImmediate(() => this.#checkWaiting());
    }
    const jobs: RecordJob[] = [];
    for (const { job } of batch) jobs.push(job);
    let outcomes: (RecordResult | Error)[];
    try {
      outcomes = this.checker.checkEach(jobs);
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      for (const { settle } of batch) settle(failure);
      return;
    }
    for (let i = 0; i < batch.length; i++) batch[i].settle(outcomes[i]);
  }
}

interface WaitingCheck {
  readonly job: RecordJob;
  readonly settle: (outcome: RecordResult | Error) => void;
}

/** How many of the waiting records make the next batch (at least one). */
function batchLength(waiting: readonly WaitingCheck[]): number {
  let characters = 0;
  let length = 0;
  for (const { job } of waiting) {
    characters += 'text' in job ? job.text.length : job.stored.size;
    if (length > 0 && (length === BATCH_RECORDS || characters > BATCH_CHARACTERS)) break;
    length++;
  }
  return length;
}

const WORKER_ROLE = 'trial-record-check-worker';

/**
 * Heap per worker. V8 lets a busy heap grow far beyond what it keeps alive; the largest known
 * record (1.5 MB) checks within 48 MB, so this bounds memory with room to spare. The young
 * generation holds a record's short-lived objects: at 16 MB a worker spent ~30% more CPU than
 * the main thread on the same records; 48 MB costs what 96 MB does (instruction counts) with
 * less memory.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 48 };

interface PoolWorker {
  readonly worker: Worker;
  /** What was sent and not yet answered, by message id. */
  readonly pending: Map<number, WaitingCheck>;
  /** Ids of the severity tables this worker has been sent. */
  readonly severities: Set<number>;
  alive: boolean;
  /** The worker has loaded the rules and listens: until then this thread checks, rather than wait for it. */
  ready: boolean;
}

/** A worker's first message: it has loaded the rule pack and takes records. */
const READY = 'ready';

/** What the main thread sends a worker: the record without its severities, which go once per worker by id. */
interface CheckMessage {
  readonly id: number;
  readonly job: Omit<RecordJob, 'severities'>;
  readonly severitiesId: number;
  readonly severities?: RecordJob['severities'];
}

/**
 * What a worker answers for each record (in an array, one per batch): the result (as JSON: one string crosses
 * threads several times faster than the object tree the structured clone would walk on both sides), the reason the
 * record could not be read, or the error that stopped it.
 */
interface ResultMessage {
  readonly id: number;
  readonly result?: string;
  readonly unreadable?: string;
  readonly error?: string;
}

/**
 * Records a worker holds at most: enough that it still has work while this thread checks a batch of its own (a
 * worker's answers are taken, and more records sent, only between this thread's batches), and few enough that this
 * thread does not run out while the next record to write out waits in a busy worker. With 32 the worker was idle
 * 0.8 s in a 20,000-record run; with 64 and 128 records read ahead per thread, both threads together ~0.2 s, about
 * what the end of the run costs.
 */
const WORKER_QUEUE = 64;

/**
 * Checks in `size` threads: this one, and `size - 1` worker threads started from `script` (the CLI bundle, which turns
 * into a worker when told). This thread checks too: between its batches it only reads the input and writes the
 * output, and every thread compiles the rule pack anew and keeps a heap of its own. On 2 cores, 2 workers beside this
 * thread (3 threads for 2 cores) took 3–5 % more CPU and 25–45 MB more memory than 1 worker beside it, for the same
 * output.
 *
 * Records wait in one queue. A worker that is ready takes the oldest, up to `WORKER_QUEUE`, and more as it answers;
 * this thread checks the rest. So this thread checks alone while the worker is still loading, a worker never holds
 * many records while this thread has nothing to do, and the output, written in input order, rarely waits for one.
 */
export function threadPoolChecker(settings: CheckSettings, size: number, script: string): Checker {
  let nextId = 0;
  /** Each record of a file shares its file's severity table: numbered, it crosses to a worker once. */
  const severityIds = new Map<RecordJob['severities'], number>();
  const here = new CheckBatches(new RecordChecker(settings));
  const workers: PoolWorker[] = [];
  const send = (target: PoolWorker, waiting: WaitingCheck) => {
    const id = nextId++;
    const { severities, ...record } = waiting.job;
    let severitiesId = severityIds.get(severities);
    if (severitiesId === undefined) severityIds.set(severities, (severitiesId = severityIds.size));
    const message: CheckMessage = {
      id,
      job: record,
      severitiesId,
      ...(target.severities.has(severitiesId) ? {} : { severities }),
    };
    target.severities.add(severitiesId);
    target.pending.set(id, waiting);
    try {
      // An archive entry's bytes move to the worker rather than being copied.
      target.worker.postMessage(message, 'stored' in record ? [record.stored.data.buffer as ArrayBuffer] : []);
    } catch (error) {
      // The record is answered (as failed), not left waiting, and nothing is thrown into the worker's message handler.
      target.pending.delete(id);
      waiting.settle(error instanceof Error ? error : new Error(String(error)));
    }
  };
  const feedWorkers = () => {
    for (const entry of workers) {
      while (entry.alive && entry.ready && entry.pending.size < WORKER_QUEUE) {
        const waiting = here.takeOldest();
        if (!waiting) return;
        send(entry, waiting);
      }
    }
  };
  for (let i = 0; i < size - 1; i++) {
    const worker = new Worker(script, { workerData: { role: WORKER_ROLE, settings }, resourceLimits: WORKER_LIMITS });
    const entry: PoolWorker = { worker, pending: new Map(), severities: new Set(), alive: true, ready: false };
    worker.on('message', (messages: readonly ResultMessage[] | typeof READY) => {
      if (messages === READY) entry.ready = true;
      else {
        for (const message of messages) {
          const settle = entry.pending.get(message.id)?.settle;
          entry.pending.delete(message.id);
          if (message.result !== undefined) settle?.(JSON.parse(message.result) as RecordResult);
          else if (message.unreadable !== undefined) settle?.(new UnreadableRecordError(message.unreadable));
          else settle?.(new Error(message.error ?? 'unknown error'));
        }
      }
      feedWorkers();
    });
    const die = (error: Error) => {
      entry.alive = false;
      for (const { settle } of entry.pending.values()) settle(error);
      entry.pending.clear();
    };
    worker.on('error', die);
    worker.on('exit', (code) => die(new Error(`a worker thread stopped (exit code ${code})`)));
    workers.push(entry);
  }
  return {
    check(job) {
      const result = here.check(job);
      feedWorkers();
      return result;
    },
    async close() {
      for (const entry of workers) entry.alive = false;
      await Promise.all(workers.map((entry) => entry.worker.terminate()));
    },
  };
}

/** True in a thread started by `threadPoolChecker`. */
export function isCheckWorker(): boolean {
  return parentPort !== null && (workerData as { role?: string } | undefined)?.role === WORKER_ROLE;
}

/** The body of a worker thread: checks the records it is sent, in batches of those waiting. */
export function runCheckWorker(): void {
  const batches = new CheckBatches(new RecordChecker((workerData as { settings: CheckSettings }).settings));
  const severityTables = new Map<number, RecordJob['severities']>();
  // A batch's answers cross together, once it is done: one message per batch, not one per record.
  let replies: ResultMessage[] = [];
  const sendReplies = () => {
    parentPort?.postMessage(replies);
    replies = [];
  };
  const reply = (message: ResultMessage) => {
    if (replies.push(message) === 1) queueMicrotask(sendReplies);
  };
  parentPort?.on('message', ({ id, job, severitiesId, severities }: CheckMessage) => {
    if (severities) severityTables.set(severitiesId, severities);
    const whole = { ...job, severities: severityTables.get(severitiesId) ?? {} } as RecordJob;
    batches.add(whole, (outcome) => {
      if (outcome instanceof UnreadableRecordError) reply({ id, unreadable: outcome.message });
      else if (outcome instanceof Error) reply({ id, error: outcome.stack ?? outcome.message });
      else {
        // Every record gets its answer: one that could not be written out is reported, not left waiting.
        let result: string;
        try {
          result = JSON.stringify(outcome);
        } catch (error) {
          reply({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
          return;
        }
        reply({ id, result });
      }
    });
  });
  parentPort?.postMessage(READY);
}
