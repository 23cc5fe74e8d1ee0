// The plainest idiomatic Node UDP echo server: each datagram sent back to its sender.
const dgram = require("node:dgram");

const socket = dgram.createSocket("udp4");
socket.on("message", (message, sender) => socket.send(message, sender.port, sender.address));
socket.bind(Number(process.argv[2]), "127.0.0.1");
