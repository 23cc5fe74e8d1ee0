// The plainest idiomatic Node TCP echo server: every socket piped back into itself.
const net = require("node:net");

net.createServer((socket) => {
  socket.setNoDelay(true);
  socket.on("error", () => {});
  socket.pipe(socket);
}).listen({ host: "127.0.0.1", port: Number(process.argv[2]), backlog: 4096 });
