import { delay } from "@std/async/delay";

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

/** Waits `ms` milliseconds (std's `delay`), or less if `signal` aborts first; never fails. */
export async function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  try {
    await delay(ms, { signal });
  } catch (error) {
    if (!signal?.aborted) throw error;
  }
}
