import type { Messages } from "../catalogue_types.ts";

/** The TCP lessons (seeds 000, 001, 002, 004). The Spanish texts are the seeds' own. */
export const tcpMessages = {
  "tcp.listening": {
    en: "Server listening on {address}",
    es: "Servidor escuchando en {address}",
  },
  "tcp.accepted": {
    en: "Connection accepted from {peer}",
    es: "Conexión aceptada de {peer}",
  },
  "tcp.received": { en: "Message received: {text}", es: "Mensaje recibido: {text}" },
  "tcp.receivedNothing": {
    en: "{peer} closed the connection without sending anything",
    es: "{peer} cerró la conexión sin enviar nada",
  },
  "tcp.chunk": { en: "Data read: {bytes}", es: "Data leida: {bytes}" },
  "tcp.allData": { en: "All data read: {bytes}", es: "Toda la data leida: {bytes}" },
  "tcp.endedBeforeDelimiter": {
    en: "{peer} closed its side before sending {delimiter}",
    es: "{peer} cerró su lado antes de enviar {delimiter}",
  },
  "tcp.tooLong": {
    en: "{peer} sent {limit} bytes without {delimiter} (--max-message); closing the connection",
    es: "{peer} envió {limit} bytes sin {delimiter} (--max-message); cierro la conexión",
  },
  "tcp.replySent": { en: "Reply sent: {text}", es: "Respuesta enviada: {text}" },
  "tcp.clientFailed": {
    en: "client {peer}: {error}",
    es: "cliente {peer}: {error}",
  },
  "tcp.summary": {
    en:
      "Server stopped. Clients served: {clients}; bytes received: {bytesIn}; bytes sent: {bytesOut}",
    es:
      "Servidor detenido. Clientes atendidos: {clients}; bytes recibidos: {bytesIn}; bytes enviados: {bytesOut}",
  },
  "tcp.connected": { en: "Connected to {address}", es: "Conectado a {address}" },
  "tcp.sent": {
    en: "Message sent to the server: {text}",
    es: "Mensaje enviado al servidor: {text}",
  },
  "tcp.sentInput": {
    en: "Sent {bytes} bytes of standard input to the server",
    es: "Enviados {bytes} bytes de la entrada estándar al servidor",
  },
  "tcp.answer": { en: "Server reply: {text}", es: "Respuesta del servidor: {text}" },
  "tcp.noAnswer": {
    en: "The server closed the connection without replying",
    es: "El servidor cerró la conexión sin responder",
  },
} as const satisfies Messages;
