// An echo in Node, as a student writes it: net.createServer and every chunk written back.
const net = require("node:net");

const port = Number(process.argv[2]);
const server = net.createServer((socket) => {
  socket.on("data", (data) => socket.write(data));
  socket.on("end", () => socket.end());
  socket.on("error", () => {});
});
server.listen(port, "127.0.0.1", () => {
  process.stdout.write(`Servidor escuchando en 127.0.0.1:${port}\n`);
});
