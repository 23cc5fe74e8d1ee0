import type { textTexts as english } from "../en/text.ts";
import type { Texts } from "../texts.ts";

/** The text service and line protocols in general: text-server and text-client. */
export const textTexts = {
  "help.group.text": "Servicios de texto: muchas peticiones por conexión, muchos clientes a la vez",
  // The text service and line protocols in general.
  "line.errTooLong": "la línea supera {limit}; se cierra la conexión",
  "line.errBadUtf8": "la línea no es UTF-8 válido",
  "text.errEmpty": "no hay nada que transformar: escribe VERBO texto, por ejemplo MAYUS hola",
  "text.errUnknownVerb": "verbo desconocido «{verb}»; los verbos son {verbs}",
  "text.help": "una petición por línea, VERBO texto; los verbos son {verbs}",
  "text.bye": "adiós",
  "text.verb.upper": "el texto en mayúsculas, según las reglas de Unicode (ß pasa a SS)",
  "text.verb.lower": "el texto en minúsculas",
  "text.verb.reverse": "el texto al revés, por caracteres tal como se leen (👍🏽 sigue entero)",
  "text.verb.help": "los verbos",
  "text.verb.quit": "el servidor se despide y cierra la conexión",
  "text.protocol":
    "Servicio de texto: una petición por línea, VERBO texto; respuestas OK resultado o ERR código mensaje",
  "text.raw":
    "Servicio {operation} en crudo, como en el primer servicio de texto del curso: cada trozo recibido se devuelve transformado",
  "text.request": "{peer} {verb} → {reply}",
  "text.badRequest": "{peer} {bytes} → {reply}",
  "text.rawChunk": "{peer} {operation} '{request}' → '{reply}'",
  "text.rawOtherOperation":
    "eso no es lo que hace --raw {operation}, sino lo que hace --raw {other}: el servidor es text-server --raw {other}; pregunta con --raw {other}, o arráncalo con --raw {operation}",
  "text.rawUnexpected":
    "eso no es lo que hace --raw {operation}: ¿es el servidor un text-server --raw {operation}?",
  "text.rawAnswer.upper": "Según el servidor, '{request}' en mayúsculas es '{reply}'.",
  "text.rawAnswer.lower": "Según el servidor, '{request}' en minúsculas es '{reply}'.",
  "text.rawAnswer.reverse": "Según el servidor, '{request}' al revés es '{reply}'.",
  "text.closed": "El servidor cerró la conexión",
  "text.escapesDropped":
    "Las flechas no editan la línea ni recuperan peticiones anteriores: sus secuencias de escape se quitan y no se envían",
  "lesson.text-raw": "Un servidor que pasa a mayúsculas lo que recibe",
  "lesson.text-service": "Varias peticiones en una conexión, tres servicios",
  "help.text-client.summary":
    "cliente del servicio de texto: escribe peticiones (MAYUS hola…) y ve las respuestas, o --raw: un mensaje, una respuesta",
  "help.text-client.watch":
    "Muchas peticiones viajan por una sola conexión; el servidor responde a cada una por turno. Termina la sesión con SALIR o Ctrl+D.",
  "help.text-client.raw":
    "habla con text-server --raw OP: envía --message una vez y lee la respuesta una vez, como el cliente del curso",
  "help.text-client.message": "con --raw, lo que se envía",
  "why.text-client.raw-request": "el servicio en crudo recibe un mensaje, no peticiones",
  "help.text-server.summary":
    "servicio de texto: MAYUS, MINUS, INVERTIR, muchas peticiones por conexión, todos los clientes a la vez",
  "help.text-server.protocol":
    "Una petición por línea (\\n o \\r\\n), en UTF-8: VERBO texto. Una línea de respuesta por petición, en orden: OK resultado, o ERR código palabras. Los verbos, en mayúsculas o minúsculas:",
  "help.text-server.errors":
    "Códigos de error: unknown-verb, empty, too-long (una línea de más de --max-line; se cierra la conexión) y bad-utf8 (la conexión sigue abierta). Varias peticiones en un paquete, o una petición partida en varios, funcionan igual.",
  "help.text-server.watch":
    "Cada cliente tiene su propia tarea: varios text-client pueden escribir a la vez y cada uno recibe sus respuestas. Con --raw no hay líneas: lo que recoja cada recv se transforma y se devuelve, que es todo lo que necesita el cliente Python del curso, de un solo envío.",
  "help.text-server.raw": "sin líneas: transforma cada trozo recibido y lo devuelve",
  "why.text-server.maxLine-raw": "el servicio en crudo no tiene líneas",
} as const satisfies Texts<typeof english>;
