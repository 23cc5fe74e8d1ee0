/** The most ports one probe may try. */
export const MAX_PORT_LIST = 1024;

/**
 * The ports a list names — `8080`, `8000-8010`, `22,80,443`, or a mix — in the order given,
 * each once. Undefined when the list is malformed, names a port outside 1–65535, a range that
 * runs backwards, or more than {@linkcode MAX_PORT_LIST} ports.
 */
export function parsePortList(text: string): number[] | undefined {
  const ports = new Set<number>();
  for (const part of text.split(",")) {
    const match = /^\s*(\d{1,5})(?:\s*-\s*(\d{1,5}))?\s*$/.exec(part);
    if (!match) return undefined;
    const first = Number(match[1]);
    const last = match[2] === undefined ? first : Number(match[2]);
    if (first < 1 || last > 65535 || last < first || last - first >= MAX_PORT_LIST) {
      return undefined;
    }
    for (let port = first; port <= last; port++) ports.add(port);
  }
  return ports.size > 0 && ports.size <= MAX_PORT_LIST ? [...ports] : undefined;
}
