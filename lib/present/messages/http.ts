import type { Messages } from "../catalogue_types.ts";

/** The HTTP mirror: HTTP is text over a TCP connection (seeds 000 and 001 reach servers with curl). */
export const httpMessages = {
  "http.serving": {
    en:
      "HTTP mirror: every request is answered with exactly what arrived over its connection (no files are served)",
    es:
      "Espejo HTTP: cada petición se responde con exactamente lo que llegó por su conexión (no se sirve ningún archivo)",
  },
  "http.request": {
    en: "{peer} {method} {target} → {status} ({type}, {bytes} bytes)",
    es: "{peer} {method} {target} → {status} ({type}, {bytes} bytes)",
  },
  "http.refused": {
    en: "{peer} → {status}: {reason}",
    es: "{peer} → {status}: {reason}",
  },
  "http.title": {
    en: "What arrived over the socket",
    es: "Lo que llegó por el socket",
  },
  "http.from": {
    en:
      "A TCP connection from {peer} to {local} carried these {bytes} bytes. HTTP is just this text: a request line, headers, a blank line. Each line ends in \\r\\n.",
    es:
      "Una conexión TCP de {peer} a {local} trajo estos {bytes} bytes. HTTP es solo este texto: una línea de petición, cabeceras y una línea en blanco. Cada línea termina en \\r\\n.",
  },
  "http.bodyNotShown": {
    en: "(and a body of {bytes} bytes, too long to show)",
    es: "(y un cuerpo de {bytes} bytes, demasiado largo para mostrarlo)",
  },
  "http.tooLong": {
    en: "the request head is longer than {limit} bytes",
    es: "la cabecera de la petición supera los {limit} bytes",
  },
  "http.notHttp": {
    en: "this is not an HTTP request: the first line must look like GET / HTTP/1.1",
    es: "esto no es una petición HTTP: la primera línea debe ser como GET / HTTP/1.1",
  },
} as const satisfies Messages;
