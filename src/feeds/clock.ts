/**
 * Time as the watcher sees it. Everything that waits (schedules, back-off, per-host rate limits)
 * goes through a Clock, so tests and the replay run a fast clock and never sleep for real.
 *
 * @example await SYSTEM_CLOCK.sleep(1000); SYSTEM_CLOCK.now() // ms since the epoch
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms` of this clock's time (at once when `signal` is aborted). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const SYSTEM_CLOCK: Clock = Object.freeze({
  now: () => Date.now(),
  sleep: (ms: number, signal?: AbortSignal) => new Promise<void>((resolve) => {
    if (signal?.aborted || ms <= 0) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  }),
});

/** A clock that jumps forward instead of waiting: for tests and replays. */
export function manualClock(start: number): Clock & { advance(ms: number): void } {
  let time = start;
  return {
    now: () => time,
    sleep: async (ms) => { time += Math.max(0, ms); },
    advance: (ms) => { time += ms; },
  };
}
