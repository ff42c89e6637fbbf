import { setFlagsFromString } from 'node:v8';

/**
 * V8's optimizing compiler inlines up to 920 bytes of bytecode into each function it compiles. The rules call many
 * small readers, so every rule's check grew into a large compiled function, compiled anew in each thread: compiling
 * took about a fifth of a bulk check's CPU (9.5 s of V8's helper-thread time for 5,000 records with two workers),
 * competing for the cores with the checking. With 150 the same run compiles for 4.1 s, and the rules run no slower:
 * a one-thread check of 1,000 records costs 11% fewer instructions in all (callgrind), and 60 or `--always-sparkplug`
 * cost more than 150.
 */
const INLINING_BUDGET = '--max-inlined-bytecode-size-cumulative=150';

/**
 * Applies `INLINING_BUDGET` to the whole process (worker threads share it). Called before any code is hot, by the
 * command line only: the language server keeps V8's defaults.
 */
export function limitInlining(): void {
  setFlagsFromString(INLINING_BUDGET);
}
