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
 * How far a heap may grow past what the last full collection kept before the next one starts: 4×, where a heap
 * capped as a worker's is (128 MB) gets about 1.5× by default. A worker keeps ~25 MB alive, so by default it ran a
 * full collection every ~250 records, and each one drops the optimized code of every function that is created
 * anew per record (an arrow function passed to `map` or `filter` inside a rule), which V8 holds only weakly: after
 * each collection those functions ran unoptimized and were compiled again (2,800 compilations for 20,000 records
 * with two workers). At 4× the same run makes half as many full collections and a quarter fewer compilations, and
 * takes ~10 % less CPU (three interleaved pairs); peak RSS ~400 MB instead of ~355 MB, still bounded by the cap.
 */
const HEAP_GROWING = '--heap-growing-percent=300';

/**
 * How much bytecode a function runs before V8 considers compiling it with its optimizing compiler: 4× the default
 * (67,584). By default each thread of a bulk check compiled ~600 functions in its first 10,000 records, many of them
 * run too little to repay the compiling (a one-thread check of 20,000 records: 679 compilations, 2.6 s of compiler
 * time); at 4× it compiles ~390 in 1.3 s, the functions run on every record among them. Two threads, 5,000
 * records: 34.0 G instructions instead of 37.7 G (callgrind, two runs against three); 100,000 records: 0.98 of the
 * time (six interleaved pairs, ±2 %), so long runs lose nothing. 8× saved no more, 2× too little.
 */
const OPTIMIZE_LATER = '--interrupt-budget=270336';

/**
 * Applies the flags above to the whole process (worker threads share them). Called before any code is hot, by the
 * command line only: the language server keeps V8's defaults.
 */
export function applyBulkCheckFlags(): void {
  setFlagsFromString(INLINING_BUDGET);
  setFlagsFromString(HEAP_GROWING);
  setFlagsFromString(OPTIMIZE_LATER);
}
