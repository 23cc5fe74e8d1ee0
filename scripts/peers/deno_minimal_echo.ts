// The runtime's floor: the plainest Deno TCP echo loop, one task per connection, a read buffer
// that starts at 512 bytes and doubles when a read fills it (up to 256 KiB), as socklab's does.
const listener = Deno.listen({
  hostname: "127.0.0.1",
  port: Number(Deno.args[0]),
  tcpBacklog: 4096,
});
for await (const conn of listener) {
  conn.setNoDelay(true);
  (async () => {
    let buffer = new Uint8Array(512);
    try {
      for (let n = await conn.read(buffer); n !== null; n = await conn.read(buffer)) {
        for (let done = 0; done < n;) done += await conn.write(buffer.subarray(done, n));
        if (n === buffer.length && n < 256 * 1024) buffer = new Uint8Array(n * 2);
      }
    } catch {
      // A client that resets: its loop ends.
    } finally {
      try {
        conn.close();
      } catch {
        // Closed already.
      }
    }
  })();
}
