// deno-lint-ignore-file no-console
// The plainest Deno load client, the floor of any load generator written for this runtime: one
// task per connection writes SIZE bytes and reads until SIZE bytes are back, again and again.
// Same arguments and JSON line as c_load.c. Usage: deno_minimal_load.ts PORT CONNECTIONS SIZE SECONDS
const [port, count, size, seconds] = Deno.args.map(Number);
const request = new Uint8Array(size).fill(0x61);
const conns = await Promise.all(
  Array.from({ length: count }, () => Deno.connect({ hostname: "127.0.0.1", port })),
);
const start = performance.now();
const measureFrom = start + 500;
const end = measureFrom + seconds * 1000;
const latencies: number[] = [];
await Promise.all(conns.map(async (conn) => {
  conn.setNoDelay(true);
  const buffer = new Uint8Array(65536);
  for (let sentAt = performance.now(); sentAt < end;) {
    await conn.write(request);
    for (let received = 0; received < size;) {
      const n = await conn.read(buffer);
      if (n === null) throw new Error("the server closed a connection");
      received += n;
    }
    const at = performance.now();
    if (at >= measureFrom && at < end) latencies.push(at - sentAt);
    sentAt = at;
  }
  conn.close();
}));
latencies.sort((a, b) => a - b);
const measured = (end - measureFrom) / 1000;
console.log(JSON.stringify({
  requests: latencies.length,
  seconds: measured,
  requestsPerSecond: latencies.length / measured,
  latencyMs: {
    p50: latencies[Math.floor(latencies.length * 0.5)],
    p99: latencies[Math.floor(latencies.length * 0.99)],
  },
}));
