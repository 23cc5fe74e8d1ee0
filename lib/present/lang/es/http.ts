import type { httpTexts as english } from "../en/http.ts";
import type { Texts } from "../texts.ts";

/** The HTTP mirror: HTTP is text over a TCP connection. */
export const httpTexts = {
  // The HTTP mirror: HTTP is text over a TCP connection.
  "http.serving":
    "Espejo HTTP: cada petición se responde con exactamente lo que llegó por su conexión (no se sirve ningún archivo)",
  "http.request": "{peer} {method} {target} → {status} ({type}, {bytes})",
  "http.refused": "{peer} → {status}: {reason}",
  "http.title": "Lo que llegó por el socket",
  "http.from":
    "Una conexión TCP de {peer} a {local} trajo estos {bytes}. HTTP es solo este texto: una línea de petición, cabeceras y una línea en blanco. Cada línea termina en \\r\\n.",
  "http.bodyNotShown": "(y un cuerpo de {bytes}, demasiado largo para mostrarlo)",
  "http.tooLong": "la cabecera de la petición supera los {limit} bytes",
  "http.notHttp": "esto no es una petición HTTP: la primera línea debe ser como GET / HTTP/1.1",
  "help.http-server.summary":
    "espejo HTTP: un navegador o curl recibe exactamente los bytes que envió su petición (no sirve archivos)",
  "help.http-server.watch":
    "Abre http://127.0.0.1:8000/hola en un navegador y luego ejecuta curl http://127.0.0.1:8000/hola: el navegador envía muchas más cabeceras. El navegador recibe una página HTML y curl texto plano, según la cabecera Accept.",
  "help.http-server.maxHead":
    "la cabecera de petición más grande que se acepta; una mayor recibe 431 y se cierra la conexión",
} as const satisfies Texts<typeof english>;
