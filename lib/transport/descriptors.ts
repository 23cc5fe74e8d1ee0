/**
 * How many clients the process's file-descriptor limit (`ulimit -n`) lets a server hold. Deno
 * has no getrlimit, and reading `/proc/self/limits` needs `--allow-all` (Deno 2 refuses it with
 * `--allow-read`), so the free descriptors are counted: opened, up to what is asked, until the
 * system says there are no more, then closed again.
 *
 * @module
 */

/** What {@linkcode freeDescriptors} opens: a file every Unix has, cheap to open. */
const PROBE_PATH = "/dev/null";

const OUT_OF_DESCRIPTORS = /too many open files|EMFILE|ENFILE/i;

/** Whether an error is the system refusing a new descriptor (`EMFILE`, `ENFILE`). */
export function outOfDescriptors(error: unknown): boolean {
  return error instanceof Error && OUT_OF_DESCRIPTORS.test(error.message);
}

/**
 * How many more descriptors the process may open, counted up to `atMost`; undefined when there
 * are at least that many, on Windows (it has no such limit), or when counting is not permitted.
 */
export function freeDescriptors(
  atMost: number,
  open: () => Disposable = () => Deno.openSync(PROBE_PATH),
): number | undefined {
  if (Deno.build.os === "windows") return undefined;
  const opened: Disposable[] = [];
  try {
    while (opened.length < atMost) opened.push(open());
    return undefined;
  } catch (error) {
    return outOfDescriptors(error) ? opened.length : undefined;
  } finally {
    for (const file of opened) file[Symbol.dispose]();
  }
}

/** Descriptors kept for the server's own use (a trace file, a store, a file received…). */
export function descriptorReserve(free: number): number {
  return Math.max(8, Math.ceil(free / 16));
}

/**
 * The clients a server may hold at once: `--max-connections`, lowered when the free descriptors,
 * less a {@linkcode descriptorReserve}, are fewer (never below one). `free` is undefined when
 * they are not fewer.
 */
export function connectionsWithin(
  maxConnections: number,
  free: (atMost: number) => number | undefined = freeDescriptors,
): { max: number; free?: number; reserve?: number } {
  if (!Number.isFinite(maxConnections)) return { max: maxConnections };
  // Counted up to 65,536 at most: `--max-connections 1000000` under a high limit would otherwise
  // open a million files just to count them; beyond that the limit is taken as high enough.
  const counted = free(Math.min(maxConnections + descriptorReserve(maxConnections) * 2, 65_536));
  if (counted === undefined) return { max: maxConnections };
  const reserve = descriptorReserve(counted);
  const max = Math.max(1, Math.min(maxConnections, counted - reserve));
  return max < maxConnections ? { max, free: counted, reserve } : { max: maxConnections };
}
