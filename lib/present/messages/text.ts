import type { Messages } from "../catalogue_types.ts";

/** The text service (seed 003 §1.5–§2.3) and line protocols in general. */
export const textMessages = {
  "line.errTooLong": {
    en: "the line is longer than {limit} bytes; closing the connection",
    es: "la línea supera los {limit} bytes; se cierra la conexión",
  },
  "line.errBadUtf8": {
    en: "the line is not valid UTF-8",
    es: "la línea no es UTF-8 válido",
  },
  "text.errEmpty": {
    en: "nothing to transform: write VERB text, e.g. UPPER hola",
    es: "no hay nada que transformar: escribe VERBO texto, por ejemplo MAYUS hola",
  },
  "text.errUnknownVerb": {
    en: "unknown verb '{verb}'; the verbs are {verbs}",
    es: "verbo desconocido «{verb}»; los verbos son {verbs}",
  },
  "text.help": {
    en: "one request per line, VERB text; the verbs are {verbs}",
    es: "una petición por línea, VERBO texto; los verbos son {verbs}",
  },
  "text.bye": { en: "bye", es: "adiós" },
  "text.verb.upper": {
    en: "the text in upper case, by Unicode's rules (ß becomes SS)",
    es: "el texto en mayúsculas, según las reglas de Unicode (ß pasa a SS)",
  },
  "text.verb.lower": { en: "the text in lower case", es: "el texto en minúsculas" },
  "text.verb.reverse": {
    en: "the text reversed by characters as a reader sees them (👍🏽 stays whole)",
    es: "el texto al revés, por caracteres tal como se leen (👍🏽 sigue entero)",
  },
  "text.verb.help": { en: "the verbs", es: "los verbos" },
  "text.verb.quit": {
    en: "the server says goodbye and closes the connection",
    es: "el servidor se despide y cierra la conexión",
  },
  "text.protocol": {
    en: "Text service: one request per line, VERB text; replies OK result or ERR code message",
    es:
      "Servicio de texto: una petición por línea, VERBO texto; respuestas OK resultado o ERR código mensaje",
  },
  "text.raw": {
    en:
      "Raw {operation} service, as in seed 003 §1.5: every chunk received is sent back transformed",
    es:
      "Servicio {operation} en crudo, como en el seed 003 §1.5: cada trozo recibido se devuelve transformado",
  },
  "text.request": { en: "{peer} {verb} → {reply}", es: "{peer} {verb} → {reply}" },
  "text.badRequest": { en: "{peer} {bytes} → {reply}", es: "{peer} {bytes} → {reply}" },
  "text.rawChunk": {
    en: "{peer} {operation} '{request}' → '{reply}'",
    es: "{peer} {operation} '{request}' → '{reply}'",
  },
  "text.seed.upper": {
    en: "According to the server, '{request}' in upper case is '{reply}'.",
    es: "Según el servidor, '{request}' en mayúsculas es '{reply}'.",
  },
  "text.seed.lower": {
    en: "According to the server, '{request}' in lower case is '{reply}'.",
    es: "Según el servidor, '{request}' en minúsculas es '{reply}'.",
  },
  "text.seed.reverse": {
    en: "According to the server, '{request}' reversed is '{reply}'.",
    es: "Según el servidor, '{request}' al revés es '{reply}'.",
  },
  "text.closed": {
    en: "The server closed the connection",
    es: "El servidor cerró la conexión",
  },
} as const satisfies Messages;
