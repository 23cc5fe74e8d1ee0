/**
 * Holds idle connections open for the memory workload of `deno task bench`: connects N clients to
 * HOST:PORT one after another, prints `ready N in S s` (how long connecting all took: the accept
 * burst), and keeps them until its standard input closes.
 *
 * @module
 */
// deno-lint-ignore-file no-console
const [host, portText, countText] = Deno.args;
const conns: Deno.Conn[] = [];
const started = performance.now();
try {
  for (let i = 0; i < Number(countText); i++) {
    conns.push(await Deno.connect({ hostname: host, port: Number(portText) }));
  }
  console.log(`ready ${conns.length} in ${((performance.now() - started) / 1000).toFixed(3)} s`);
} catch (error) {
  console.log(`failed ${conns.length} ${(error as Error).message}`);
}
for await (const _ of Deno.stdin.readable) { /* hold until stdin closes */ }
for (const conn of conns) conn.close();
