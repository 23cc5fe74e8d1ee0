import type { Messages } from "../catalogue_types.ts";

/** Runtime failures (exit 1): what happened, then a hint on what to do about it. */
export const errorMessages = {
  "error.prefix": { en: "error", es: "error" },
  "error.refused": {
    en: "connection refused: no server is listening on {address} — start the server first",
    es: "conexión rechazada: ningún servidor escucha en {address}; inicia primero el servidor",
  },
  "error.refusedTried": {
    en:
      "connection refused: no server is listening on {address} (tried {tried}) — start the server first",
    es:
      "conexión rechazada: ningún servidor escucha en {address} (se probó {tried}); inicia primero el servidor",
  },
  "error.unixInUse": {
    en: "a server is already listening on {address} — stop it or choose another path",
    es: "ya hay un servidor escuchando en {address}: detenlo o elige otra ruta",
  },
  "error.notASocket": {
    en: "{address} exists and is not a socket — socklab will not delete it; choose another path",
    es: "{address} existe y no es un socket: socklab no lo borrará; elige otra ruta",
  },
  "error.noSocket": {
    en: "no socket at {address} — start the server first, with --unix {address}",
    es: "no hay ningún socket en {address}: inicia primero el servidor, con --unix {address}",
  },
  "error.addrInUse": {
    en:
      "port {port} on {host} is already in use by another program — stop it or choose another port, e.g. --port {suggestion}",
    es:
      "el puerto {port} de {host} ya lo usa otro programa: detenlo o elige otro puerto, por ejemplo --port {suggestion}",
  },
  "error.privilegedPort": {
    en:
      "permission denied for port {port}: ports below 1024 are reserved for the administrator — use one from 1024 to 65535, e.g. --port 8080",
    es:
      "permiso denegado para el puerto {port}: los puertos por debajo de 1024 están reservados al administrador; usa uno de 1024 a 65535, por ejemplo --port 8080",
  },
  "error.permissionDenied": {
    en:
      "the operating system denied access to {address} — check its permissions, the firewall and the address",
    es:
      "el sistema operativo denegó el acceso a {address}; revisa sus permisos, el cortafuegos y la dirección",
  },
  "error.addrNotAvailable": {
    en:
      "{host} is not an address of this machine — listen on every network with --host 0.0.0.0, or list your addresses with ip addr (ipconfig on Windows)",
    es:
      "{host} no es una dirección de esta máquina; para escuchar en todas las redes usa --host 0.0.0.0, o mira tus direcciones con ip addr (ipconfig en Windows)",
  },
  "error.invalidHost": {
    en: "'{host}' is not a valid host name or IP address — e.g. --host 127.0.0.1",
    es:
      "«{host}» no es un nombre de host ni una dirección IP válidos; por ejemplo --host 127.0.0.1",
  },
  "error.hostNotFound": {
    en: "host '{host}' not found — check the name, or use an IP address such as 127.0.0.1",
    es: "no se encuentra el host «{host}»: revisa el nombre o usa una dirección IP como 127.0.0.1",
  },
  "error.connectTimeout": {
    en:
      "no answer from {address} within {seconds} s (--timeout) — the server may be overloaded, behind a firewall, or the address wrong",
    es:
      "{address} no contestó en {seconds} s (--timeout): el servidor puede estar saturado, tras un cortafuegos, o la dirección ser errónea",
  },
  "error.readTimeout": {
    en: "{address} sent nothing for {seconds} s (--timeout) — gave up waiting",
    es: "{address} no envió nada en {seconds} s (--timeout); se dejó de esperar",
  },
  "error.datagramTimeout": {
    en: "no datagram arrived at {address} within {seconds} s (--timeout) — gave up waiting",
    es: "no llegó ningún datagrama a {address} en {seconds} s (--timeout); se dejó de esperar",
  },
  "error.reset": {
    en:
      "the connection with {address} was reset by the other side — it closed abruptly, often with data still unread",
    es:
      "{address} reinició la conexión: el otro extremo la cerró de golpe, a menudo con datos sin leer",
  },
  "error.brokenPipe": {
    en:
      "{address} had already closed the connection — it stopped reading before everything was sent",
    es: "{address} ya había cerrado la conexión: dejó de leer antes de que se enviara todo",
  },
  "error.unreachable": {
    en: "network unreachable for {address} — check the address and that this machine is connected",
    es: "red inalcanzable para {address}; revisa la dirección y que esta máquina esté conectada",
  },
  "error.missingPermission": {
    en:
      "Deno did not grant the {flag} permission socklab needs — run it with deno task start, or add {flag} to deno run",
    es:
      "Deno no concedió el permiso {flag} que socklab necesita; ejecútalo con deno task start o añade {flag} a deno run",
  },
  "error.badStore": {
    en:
      "cannot use {path} as the store: {reason} — give --store a new file, or a SQLite file socklab made",
    es:
      "no se puede usar {path} como almacén: {reason}; indica en --store un archivo nuevo o uno SQLite creado por socklab",
  },
  "error.unexpected": {
    en: "{message} — run again with --debug for the details",
    es: "{message}; vuelve a ejecutar con --debug para ver los detalles",
  },
} as const satisfies Messages;
