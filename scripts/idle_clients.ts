/**
 * Holds idle connections open for the memory workload of `deno task bench`: connects N clients to
 * HOST:PORT, prints `ready N`, and keeps them until its standard input closes.
 *
 * @module
 */
// deno-lint-ignore-file no-console
const [host, portText, countText] = Deno.args;
const conns: Deno.Conn[] = [];
try {
  for (let i = 0; i < Number(countText); i++) {
    conns.push(await Deno.connect({ hostname: host, port: Number(portText) }));
  }
  console.log(`ready ${conns.length}`);
} catch (error) {
  console.log(`failed ${conns.length} ${(error as Error).message}`);
}
for await (const _ of Deno.stdin.readable) { /* hold until stdin closes */ }
for (const conn of conns) conn.close();
