import type { chatTexts as english } from "../en/chat.ts";
import type { Texts } from "../texts.ts";

/** The chat: chat-server and chat-client (and the heading of the applications' group). */
export const chatTexts = {
  "help.group.apps": "Aplicaciones sobre sockets: chat, archivos, la petición de un navegador",
  // The chat.
  "chat.serving":
    "Chat: la primera línea de un cliente es su apodo; cada línea siguiente va a todos los demás",
  "chat.welcome": "Bienvenido al chat de socklab. ¿Tu apodo?",
  "chat.badNick":
    "un apodo tiene de 1 a {max} caracteres: sin espacios ni caracteres invisibles, sin mezclar el alfabeto latino con el cirílico o el griego, y no empieza por /, * ni [; prueba otro:",
  "chat.nickTaken": "«{nick}» ya está en uso; elige otro:",
  "chat.badNewNick":
    "un apodo tiene de 1 a {max} caracteres: sin espacios ni caracteres invisibles, sin mezclar el alfabeto latino con el cirílico o el griego, y no empieza por /, * ni [; sigues siendo {nick}: para cambiarlo, usa /nick OTRO",
  "chat.newNickTaken":
    "«{nick}» ya está en uso; sigues siendo {old}: para cambiarlo, usa /nick OTRO",
  "chat.hello": "¡Hola, {nick}! Ahora hay aquí: {online}. /help muestra los comandos",
  "chat.nobody": "nadie más",
  "chat.joined": "{nick} entró",
  "chat.left": "{nick} salió",
  "chat.stopping": "el servidor se detiene; adiós",
  "chat.dropped":
    "{nick} fue desconectado: demasiado lento: {waiting} bytes esperando sin que los leyera",
  "chat.tooSlow": "demasiado lento: {waiting} bytes esperando sin que los leyera",
  "chat.renamed": "{old} ahora es {nick}",
  "chat.sameNick": "ya te llamas {nick}",
  "chat.who": "Aquí ({count}): {nicks}",
  "chat.help": "Comandos: /who (quién está), /nick NUEVO (cambia de apodo), /quit (salir), /help",
  "chat.unknownCommand": "comando desconocido {command}; /help los muestra",
  "chat.bye": "¡Adiós!",
  "chat.tooLong": "la línea supera los {limit} bytes (--message-limit); se cierra la conexión",
  "chat.serverGone": "El servidor cerró la conexión: se acabó el chat",
  "help.chat-client.summary":
    "cliente de chat: escribe líneas para todos y ve las suyas según llegan; /who, /nick, /quit",
  "help.chat-client.watch":
    "Leer el teclado y el socket a la vez es lo que un programa bloqueante no puede hacer con un solo hilo: aquí cada uno es una tarea.",
  "help.chat-client.nick":
    "envía primero este apodo (si no, la primera línea que escribas es el apodo)",
  "help.chat-server.summary":
    "servidor de chat: apodos, cada línea para todos, /who /nick /quit; un cliente lento nunca lo frena",
  "help.chat-server.protocol":
    "Líneas de texto UTF-8. El servidor saluda con una línea que empieza por '* ' y pide un apodo: la primera línea lo es (si está en uso, pide otro). Después cada línea se envía a todos los demás como [apodo] texto; las líneas que empiezan por / son comandos: /who, /nick NUEVO, /quit, /help. Los avisos del servidor empiezan por '* '. nc sirve como cliente.",
  "help.chat-server.watch":
    "La terminal del servidor muestra cada mensaje. Un cliente que deja de leer llena su cola (--queue-limit) y se le desconecta indicando el motivo, mientras los demás siguen charlando.",
  "help.chat-server.messageLimit":
    "la línea más larga que puede enviar un cliente; una más larga lo desconecta",
  "help.chat-server.queueLimit":
    "bytes que pueden esperar a un cliente que no lee antes de desconectarlo",
} as const satisfies Texts<typeof english>;
