/**
 * V8 settings for a queue worker process, applied before its extraction threads start (V8 flags
 * are process-wide; each thread's isolate reads them when it is created).
 *
 * By default V8 compiles optimised code and collects garbage partly in helper threads beside each
 * JavaScript thread. For a worker those helpers run beside its extraction thread: measured on
 * Reuters stories after a warm-up of 1,000 articles, they used 0.8–1.0 ms of CPU an article (mostly
 * optimising recompilation, which goes on long after warm-up) next to 1.7 ms in the extraction
 * thread, so one worker with one thread used well over one core. Kept on the thread they serve,
 * the same work cost no more CPU in all (3.9–4.4 against 4.1–4.7 ms an article, the worker's
 * PostgreSQL backend included), and a worker with N extraction threads and `--hold N` stays within
 * N cores' worth, so that adding workers adds capacity core by core (docs/deploy.md, docs/benchmarks.md).
 *
 * @example keepV8OnItsThreads(); const extractor = createRecordExtractor(1, limits);
 */
import { setFlagsFromString } from 'node:v8';

/**
 * Optimising compilation on the thread that needs it, not in helpers. (Garbage collection's helpers,
 * `--single-threaded-gc`, cannot be turned off here: flipped while the main thread's heap is being
 * marked, V8 aborts; they are a flag on the node command line instead, docs/deploy.md.)
 */
export const ONE_THREAD_V8_FLAGS = ['--no-concurrent-recompilation'] as const;

/** Isolates made before keep their compiler helpers (the main thread's, which does little compiling). */
export function keepV8OnItsThreads(): void {
  for (const flag of ONE_THREAD_V8_FLAGS) setFlagsFromString(flag);
}
