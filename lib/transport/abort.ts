/**
 * Closes `resource` when `signal` aborts (Ctrl+C), until disposed: `using _ = closeOnAbort(...)`.
 * Closing is what makes a blocked read or accept return.
 */
export function closeOnAbort(signal: AbortSignal, resource: { close(): void }): Disposable {
  const close = () => resource.close();
  if (signal.aborted) close();
  else signal.addEventListener("abort", close, { once: true });
  return { [Symbol.dispose]: () => signal.removeEventListener("abort", close) };
}

/** Waits `ms` milliseconds, or less if `signal` aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}
