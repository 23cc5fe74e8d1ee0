// The runtime's floor for UDP: the plainest Deno datagram echo loop, one reused 64 KiB receive
// buffer as socklab's (the socket's async iterator makes a new buffer for every datagram, which
// measured half as fast: it was the floor of the iterator, not of the runtime).
const socket = Deno.listenDatagram({
  hostname: "127.0.0.1",
  port: Number(Deno.args[0]),
  transport: "udp",
});
const buffer = new Uint8Array(65536);
for (;;) {
  const [data, from] = await socket.receive(buffer);
  await socket.send(data, from);
}
