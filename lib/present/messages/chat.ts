import type { Messages } from "../catalogue_types.ts";

/** The chat (seeds 000 and 002 name chat as what sockets are for). */
export const chatMessages = {
  "chat.serving": {
    en: "Chat: a client's first line is its nickname; every line after it goes to everyone else",
    es:
      "Chat: la primera línea de un cliente es su apodo; cada línea siguiente va a todos los demás",
  },
  "chat.welcome": {
    en: "Welcome to the socklab chat. Your nickname?",
    es: "Bienvenido al chat de socklab. ¿Tu apodo?",
  },
  "chat.badNick": {
    en: "a nickname is 1 to {max} characters, no spaces, not starting with /, * or [; try another:",
    es:
      "un apodo tiene de 1 a {max} caracteres, sin espacios, y no empieza por /, * ni [; prueba otro:",
  },
  "chat.nickTaken": {
    en: "'{nick}' is taken; choose another:",
    es: "«{nick}» ya está en uso; elige otro:",
  },
  "chat.hello": {
    en: "Hello, {nick}! Here now: {online}. /help lists the commands",
    es: "¡Hola, {nick}! Ahora hay aquí: {online}. /help muestra los comandos",
  },
  "chat.nobody": { en: "nobody else", es: "nadie más" },
  "chat.joined": { en: "{nick} joined", es: "{nick} entró" },
  "chat.left": { en: "{nick} left", es: "{nick} salió" },
  "chat.dropped": {
    en: "{nick} was disconnected: too slow: {waiting} bytes waiting that it did not read",
    es: "{nick} fue desconectado: demasiado lento: {waiting} bytes esperando sin que los leyera",
  },
  "chat.tooSlow": {
    en: "too slow: {waiting} bytes waiting that it did not read",
    es: "demasiado lento: {waiting} bytes esperando sin que los leyera",
  },
  "chat.renamed": { en: "{old} is now {nick}", es: "{old} ahora es {nick}" },
  "chat.who": { en: "Here ({count}): {nicks}", es: "Aquí ({count}): {nicks}" },
  "chat.help": {
    en: "Commands: /who (who is here), /nick NEW (change nickname), /quit (leave), /help",
    es: "Comandos: /who (quién está), /nick NUEVO (cambia de apodo), /quit (salir), /help",
  },
  "chat.unknownCommand": {
    en: "unknown command {command}; /help lists them",
    es: "comando desconocido {command}; /help los muestra",
  },
  "chat.bye": { en: "Bye!", es: "¡Adiós!" },
  "chat.tooLong": {
    en: "the line is longer than {limit} bytes (--message-limit); disconnecting",
    es: "la línea supera los {limit} bytes (--message-limit); se cierra la conexión",
  },
  "chat.serverGone": {
    en: "The server closed the connection: the chat is over",
    es: "El servidor cerró la conexión: se acabó el chat",
  },
} as const satisfies Messages;
