/**
 * One timer for a whole call, every retry and wait included, joined with the caller's signal.
 *
 * @packageDocumentation
 */

/** A signal that aborts when the caller's signal does or when time runs out. */
export interface Deadline {
  /** Aborts on the caller's abort or on timeout. */
  readonly signal: AbortSignal;
  /** Whether the abort came from the timer rather than the caller. */
  readonly timedOut: boolean;
  /** Milliseconds left, or undefined when there is no time limit. */
  remainingMs(): number | undefined;
  /** Stops the timer and lets go of the caller's signal. Call once the answer is read. */
  dispose(): void;
}

/**
 * Starts a deadline of `timeoutMs` (none when undefined) joined with `callerSignal`.
 *
 * The signals are linked by hand rather than with `AbortSignal.any`, so the deadline works on
 * runtimes that lack it and releases the caller's signal as soon as the call ends.
 */
export function startDeadline(
  timeoutMs: number | undefined,
  callerSignal: AbortSignal | undefined,
): Deadline {
  const controller = new AbortController();
  const startedAt = Date.now();
  let timedOut = false;
  const onCallerAbort = () => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted === true) {
    onCallerAbort();
  } else {
    callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  }
  const timer =
    timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          controller.abort(new Error(`timed out after ${timeoutMs} ms`));
        }, timeoutMs);
  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut;
    },
    remainingMs: () =>
      timeoutMs === undefined ? undefined : Math.max(0, startedAt + timeoutMs - Date.now()),
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
  };
}
