// The runtime's floor for UDP: the plainest Deno datagram echo loop.
const socket = Deno.listenDatagram({
  hostname: "127.0.0.1",
  port: Number(Deno.args[0]),
  transport: "udp",
});
for await (const [data, from] of socket) await socket.send(data, from);
