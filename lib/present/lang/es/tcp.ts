import type { tcpTexts as english } from "../en/tcp.ts";
import type { Texts } from "../texts.ts";

/** The blocking TCP lessons: tcp-server and tcp-client. */
export const tcpTexts = {
  "help.group.tcp": "TCP bloqueante: un mensaje, una respuesta, leer por trozos",
  // The TCP lessons. The Spanish texts are the course's own.
  "tcp.accepted": "Conexión aceptada de {peer}",
  "tcp.received": "Mensaje recibido: {text}",
  "tcp.receivedNothing": "{peer} cerró la conexión sin enviar nada",
  "tcp.endedBeforeDelimiter": "{peer} cerró su lado antes de enviar {delimiter}",
  "tcp.replySent": "Respuesta enviada: {text}",
  "tcp.sent": "Mensaje enviado al servidor: {text}",
  "tcp.sentInput": "Enviados {bytes} de la entrada estándar al servidor",
  "tcp.answer": "Respuesta del servidor: {text}",
  "tcp.noAnswer": "El servidor cerró la conexión sin responder",
  "lesson.tcp-message": "TCP bloqueante: un cliente envía un mensaje",
  "lesson.tcp-reply": "TCP: el servidor responde",
  "lesson.tcp-chunks": "Leer en trozos de 2 bytes hasta \\r\\n y después responder",
  "help.tcp-client.summary":
    "cliente TCP: se conecta, envía un mensaje o la entrada estándar y muestra la respuesta del servidor",
  "help.tcp-client.watch":
    "Si se lanza antes que el servidor, falla con «conexión rechazada», como muestra el curso. Tras enviar hace un medio cierre (shutdown SHUT_WR): el servidor lee el fin del flujo y aún puede responder. --trace muestra cada paso.",
  "help.tcp-client.message": "lo que se envía",
  "help.tcp-client.stdin":
    "envía la entrada estándar a medida que llega (como nc); la respuesta va tal cual a stdout",
  "help.tcp-client.crlf":
    "con --stdin, termina cada línea con CR LF (\\r\\n) como nc -C: así Intro termina un mensaje para tcp-server --until '\\r\\n'",
  "help.tcp-client.buffer": "recv(BYTES) para la respuesta",
  "why.tcp-client.stdin-message": "el cliente envía o un mensaje o su entrada estándar",
  "help.tcp-server.summary":
    "servidor TCP bloqueante: acepta un cliente cada vez, muestra lo que envía y puede responder",
  "help.tcp-server.watch":
    "Sin --chunk, un único recv(--buffer) recoge lo que haya llegado, así que un mensaje largo puede cortarse. Con --chunk 2 --until '\\r\\n' cada lectura de 2 bytes se muestra como «Data leida: b'Ho'» hasta que el mensaje termina en CR LF, como en el curso. Los clientes se atienden estrictamente uno tras otro: mientras se atiende a uno, el siguiente espera en la cola de listen (backlog). Ctrl+C muestra un resumen.",
  "help.tcp-server.backlog":
    "listen(backlog): conexiones que el sistema encola mientras se atiende a un cliente (puede redondear hacia arriba: Linux guarda una más); pequeño a propósito, como en el curso: un segundo cliente espera ahí. Con la cola llena, Linux no rechaza a nadie: ignora los connect siguientes, que reintentan y esperan (alguno hasta se completa en el cliente antes de que el servidor tenga sitio para él); Windows los rechaza (conexión rechazada); macOS, según su versión, los ignora como Linux o los rechaza",
  "help.tcp-server.buffer": "recv(BYTES): lo máximo que devuelve una lectura",
  "help.tcp-server.chunk":
    "lee en lecturas de N bytes, mostrando cada una como Data leida: b'…', hasta que el cliente cierre o --until",
  "help.tcp-server.until":
    "sigue leyendo hasta que los datos terminen en DELIM (p. ej. '\\r\\n') y luego los muestra completos",
  "help.tcp-server.maxMessage":
    "con --chunk o --until, cierra al cliente que envíe todo esto sin terminar su mensaje",
  "help.tcp-server.reply": "devuelve TEXTO después del mensaje completo",
  "help.tcp-server.once": "termina tras el primer cliente, como los programas del curso",
} as const satisfies Texts<typeof english>;
