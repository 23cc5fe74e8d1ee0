import type { Messages } from "../catalogue_types.ts";

/** The echo lessons (end of seed 001, seed 003 §2.3). The seed's own lines are kept. */
export const echoMessages = {
  "echo.concurrent": {
    en: "Concurrent echo: every client is served at once, one task per connection",
    es: "Eco concurrente: todos los clientes se atienden a la vez, una tarea por conexión",
  },
  "echo.blocking": {
    en:
      "Blocking echo, the seed's loop: each client in turn is read until {delimiter} before the next is accepted",
    es:
      "Eco bloqueante, el bucle del seed: se lee a cada cliente por turno hasta {delimiter} antes de aceptar al siguiente",
  },
  "echo.ready": { en: "Ready to receive messages!", es: "Listo para recibir mensajes!" },
  "echo.connecting": {
    en: "Client connecting from {peer}",
    es: "Cliente conectándose desde {peer}",
  },
  "echo.connected": {
    en: "Client connected: {peer} (active clients: {active})",
    es: "Cliente conectado: {peer} (clientes activos: {active})",
  },
  "echo.disconnected": {
    en: "Client gone: {peer} (active clients: {active})",
    es: "Cliente desconectado: {peer} (clientes activos: {active})",
  },
  "echo.echoed": { en: "Echo to {peer}: {bytes}", es: "Eco a {peer}: {bytes}" },
  "echo.leftLoop": {
    en: "{peer} closed the connection and leaves the list",
    es: "{peer} cerró la conexión y sale de la lista",
  },
  "echo.reply": { en: "Echo in {ms} ms: {text}", es: "Eco en {ms} ms: {text}" },
  "echo.mismatch": {
    en: "The echo differs from what was sent: sent {sent}, received {received}",
    es: "El eco no coincide con lo enviado: se envió {sent}, llegó {received}",
  },
  "echo.closedEarly": {
    en: "The server closed the connection before echoing everything it was sent",
    es: "El servidor cerró la conexión antes de devolver todo lo que se le envió",
  },
  "echo.roundTrips": {
    en: "Round trip over {count} messages: min {min} ms, median {median} ms, max {max} ms",
    es: "Ida y vuelta en {count} mensajes: mín {min} ms, mediana {median} ms, máx {max} ms",
  },
  "echo.stalled": {
    en: "No echo after {ms} ms: the server is busy with another client",
    es: "Sin eco tras {ms} ms: el servidor está ocupado con otro cliente",
  },
  "echo.stallExpected": {
    en: "the blocking server should have kept client 2 waiting, and then answered it",
    es: "el servidor bloqueante debía hacer esperar al cliente 2 y después responderle",
  },
  "echo.noStallExpected": {
    en: "the concurrent server should have answered client 2 at once",
    es: "el servidor concurrente debía responder al cliente 2 en el acto",
  },
} as const satisfies Messages;
