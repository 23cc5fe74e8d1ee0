/**
 * The client side of a university echo checker (CMU 15-441's pattern), on its own thread so that
 * its reads wait on the network and not on the server's event loop: each of `sizes` is one
 * connection that sends a random printable message in one write and does one recv of 64 KiB.
 * Posts back the messages that did not come back whole.
 */
/// <reference lib="deno.worker" />
import { repeatableRandom } from "../lib/random.ts";

self.onmessage = async (event: MessageEvent<{ port: number; sizes: number[]; state: number }>) => {
  const { port, sizes, state } = event.data;
  const random = repeatableRandom(state);
  const cut: string[] = [];
  await Promise.all(sizes.map(async (size) => {
    const conn = await Deno.connect({ hostname: "127.0.0.1", port });
    try {
      const message = new Uint8Array(size).map(() => 32 + Math.floor(random() * 95));
      for (let done = 0; done < size;) done += await conn.write(message.subarray(done));
      const received = new Uint8Array(64 * 1024);
      const n = await conn.read(received);
      if (n !== size || !received.subarray(0, n).every((byte, i) => byte === message[i])) {
        cut.push(`${size} bytes came back as ${n}`);
      }
    } finally {
      conn.close();
    }
  }));
  self.postMessage(cut);
};
