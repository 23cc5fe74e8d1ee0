import type { errorTexts as english } from "../en/errors.ts";
import type { Texts } from "../texts.ts";

/** Runtime failures (exit 1): what happened, then a hint on what to do about it. */
export const errorTexts = {
  // Runtime failures (exit 1): what happened, then a hint on what to do about it.
  "error.prefix": "error",
  "error.refused":
    "conexión rechazada: ningún servidor escucha en {address}; inicia primero el servidor",
  "error.refusedTried":
    "conexión rechazada: ningún servidor escucha en {address} (se probó {tried}); inicia primero el servidor",
  "error.unixInUse": "ya hay un servidor escuchando en {address}: detenlo o elige otra ruta",
  "error.notASocket": "{address} existe y no es un socket: socklab no lo borrará; elige otra ruta",
  "error.noSocket":
    "no hay ningún socket en {address}: inicia primero el servidor, con --unix {address}",
  "error.addrInUse":
    "el puerto {port} de {host} ya lo usa otro programa: detenlo o elige otro puerto, por ejemplo --port {suggestion}",
  "error.privilegedPort":
    "permiso denegado para el puerto {port}: los puertos por debajo de 1024 están reservados al administrador; usa uno de 1024 a 65535, por ejemplo --port 8080",
  "error.permissionDenied":
    "el sistema operativo denegó el acceso a {address}; revisa sus permisos, el cortafuegos y la dirección",
  "error.addrNotAvailable":
    "{host} no es una dirección de esta máquina; para escuchar en todas las redes usa --host 0.0.0.0, o mira tus direcciones con ip addr (ipconfig en Windows)",
  "error.invalidHost":
    "«{host}» no es un nombre de host ni una dirección IP válidos; por ejemplo --host 127.0.0.1",
  "error.hostNotFound":
    "no se encuentra el host «{host}»: revisa el nombre o usa una dirección IP como 127.0.0.1",
  "error.connectTimeout":
    "{address} no contestó en {seconds} s (--timeout): el servidor puede estar saturado, tras un cortafuegos, o la dirección ser errónea",
  "error.readTimeout": "{address} no envió nada en {seconds} s (--timeout); se dejó de esperar",
  "error.datagramTimeout":
    "no llegó ningún datagrama a {address} en {seconds} s (--timeout); se dejó de esperar",
  "error.reset":
    "la conexión con {address} se cortó de golpe (reset): el otro extremo la cerró, a menudo con datos sin leer",
  "error.brokenPipe":
    "{address} ya había cerrado la conexión: dejó de leer antes de que se enviara todo",
  "error.unreachable":
    "red inalcanzable para {address}; revisa la dirección y que esta máquina esté conectada",
  "error.missingPermission":
    "Deno no concedió el permiso {flag} que socklab necesita; ejecútalo con deno task start o añade {flag} a deno run",
  "error.bundleNeedsFlags":
    "Deno no concedió a socklab lo que necesita ({flags}); ejecútalo con ello, así:",
  "error.badStore":
    "no se puede usar {path} como almacén: {reason}; indica en --store un archivo nuevo o uno SQLite creado por socklab",
  "error.foreignStore":
    "{path} es una base de datos SQLite de otro programa ({what}); socklab no la toca: indica en --store un archivo nuevo o uno creado por socklab",
  "error.file": "{path}: {problem}",
  "file.problem.not-found": "no existe",
  "file.problem.permission-denied": "permiso denegado",
  "file.problem.already-exists": "ya existe",
  "file.problem.is-a-directory": "es una carpeta, no un archivo",
  "file.problem.not-a-directory": "existe y no es una carpeta",
  "file.problem.not-a-file": "no es un archivo normal (¿un dispositivo o un socket?)",
  "file.problem.disk-full": "el disco está lleno",
  "file.problem.other": "el sistema operativo lo rechazó",
  "file.hint.not-found": "revisa el nombre, y que estás en la carpeta que lo contiene",
  "file.hint.permission-denied": "revisa quién puede leerlo y escribirlo",
  "file.hint.other": "ejecuta de nuevo con --debug para ver los detalles",
  "error.fileWithHint": "{path}: {problem}; {hint}",
  "store.problem.no-folder": "su carpeta no existe",
  "store.problem.not-a-database": "no es una base de datos SQLite",
  "store.problem.locked": "otro programa la está usando",
  "store.problem.foreign": "es la base de datos de otro programa",
  "error.unexpected": "{message}; vuelve a ejecutar con --debug para ver los detalles",
} as const satisfies Texts<typeof english>;
