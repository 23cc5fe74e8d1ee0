import type { cliTexts as english } from "../en/cli.ts";
import type { Texts } from "../texts.ts";

/** The command line: help screens, what option values are called, mistakes on the command line (exit 2), the options every mode has and those several share. */
export const cliTexts = {
  // Help screens and the command line itself.
  "cli.tagline": "el curso de sockets en un solo ejecutable",
  "cli.usage": "Uso: socklab <modo> [opciones]   (o bien: socklab --mode <modo> [opciones])",
  "cli.firstTime": "¿Primera vez? Ejecuta: socklab demo",
  "cli.moreHelp":
    "Opciones de un modo: socklab <modo> --help   Idioma: --lang {langs}   Versión: --version",
  "cli.modeUsage": "Uso: socklab {mode} [opciones]",
  "cli.optionsHeading": "Opciones:",
  "cli.commonHeading": "Opciones de todos los modos:",
  "cli.exampleHeadingAlone": "Pruébalo:",
  "cli.exampleHeading": "Pruébalo (servidor en una terminal, cliente en otra):",
  "cli.watchHeading": "Qué observar:",
  "cli.protocolHeading": "Protocolo:",
  "cli.default": "por defecto: {value}",
  "cli.escapes": "secuencias de escape: {escapes}",
  "cli.repeatable": "se puede indicar varias veces",
  "cli.oneOf": "uno de: {choices}",
  // Cómo se llaman los valores de las opciones en la ayuda y los errores.
  "placeholder.key": "clave",
  "placeholder.prefix": "prefijo",
  "placeholder.field": "campo",
  "placeholder.DIR": "CARPETA",
  "placeholder.EXERCISE": "EJERCICIO",
  "placeholder.FILE": "ARCHIVO",
  "placeholder.KIND": "TIPO",
  "placeholder.LINE": "LÍNEA",
  "placeholder.LIST": "LISTA",
  "placeholder.MODE": "MODO",
  "placeholder.NAME": "NOMBRE",
  "placeholder.PATH": "RUTA",
  "placeholder.PORT": "PUERTO",
  "placeholder.RATE": "CAUDAL",
  "placeholder.HOST:PORT": "HOST:PUERTO",
  "placeholder.PORTS": "PUERTOS",
  "placeholder.SECONDS": "SEGUNDOS",
  "placeholder.TEXT": "TEXTO",
  "placeholder.WHICH": "CUÁL",
  // Mistakes on the command line: each names the option and its valid form (exit 2).
  "usage.unknownMode":
    "modo desconocido «{mode}»{suggestion}: la lista de modos está en socklab --help",
  "usage.didYouMean": "; ¿quisiste decir {name}?",
  "usage.noMode":
    "falta el modo, por ejemplo socklab tcp-server; la lista de modos está en socklab --help",
  "usage.modeTwice": "se dieron dos modos distintos, «{first}» y «{second}»: indica solo uno",
  "usage.unknownGlobalOption": "opción desconocida {option}{suggestion}; consulta: socklab --help",
  "usage.missingGlobalValue": "{option} necesita un valor: {form}",
  "usage.badGlobalChoice": "{option} debe ser uno de {choices}, no «{value}»",
  "usage.unknownOption":
    "{mode}: opción desconocida {option}{suggestion}; consulta: socklab {mode} --help",
  "usage.missingValue": "{mode}: {option} necesita un valor: {form}",
  "usage.noValueExpected":
    "{mode}: {option} es un interruptor y no lleva valor: escribe solo {option}",
  "usage.repeated": "{mode}: {option} aparece más de una vez; indícalo una sola vez: {form}",
  "usage.unexpectedAfterDashes":
    "{mode}: argumento inesperado «{argument}»: tras --, cada palabra es un argumento, no una opción; consulta: socklab {mode} --help",
  "usage.unexpectedArgument":
    "{mode}: argumento inesperado «{argument}»: las opciones empiezan por --; consulta: socklab {mode} --help",
  "usage.badServerPort":
    "{mode}: {option} debe ser un número de puerto de 1 a 65535 (o 0: cualquier puerto libre), no «{value}»; por ejemplo {option} 8080",
  "usage.badPort":
    "{mode}: {option} debe ser un número de puerto de 1 a 65535, no «{value}»; por ejemplo {option} 8080",
  "usage.badInteger":
    "{mode}: {option} debe ser un número entero de {min} a {max}, no «{value}»; {form}",
  "usage.badRate":
    "{mode}: {option} debe ser bytes por segundo de {min} a {max}, con k o M para miles o millones (64k, 1M), no «{value}»; {form}",
  "usage.badNumber": "{mode}: {option} debe ser un número de {min} a {max}, no «{value}»; {form}",
  "usage.badAddresses":
    "{mode}: {option} deben ser direcciones o rangos CIDR como 192.168.1.0/24,10.0.0.5,fd00::/8, no «{value}»",
  "usage.badPorts":
    "{mode}: {option} deben ser puertos como 8080, 8000-8010 o 22,80,443 (como mucho {max}), no «{value}»",
  "usage.badChoice": "{mode}: {option} debe ser uno de {choices}, no «{value}»",
  "usage.badEscape":
    "{mode}: {option} tiene una secuencia de escape desconocida {sequence}; las válidas son {escapes}",
  "usage.empty": "{mode}: {option} no puede estar vacío; {form}",
  "usage.missingArgument": "{mode}: falta {what}; {usage}",
  "usage.unixOnWindows":
    "{mode}: los sockets Unix no están disponibles en Windows; usa TCP: --host 127.0.0.1 --port PUERTO",
  "usage.requires": "{mode}: {option} solo funciona junto con {other}; por ejemplo {example}",
  "usage.conflicts": "{mode}: {option} y {other} no se pueden usar juntos: {why}",
  "why.unix.access":
    "los clientes de un socket Unix no tienen dirección que juzgar; usa los permisos del archivo",
  "why.unix.place": "un socket Unix es un archivo, sin host ni puerto",
  // The options every mode has, and those several modes share.
  "help.option.host":
    "dirección donde escuchar o a la que conectar; los servidores se quedan en loopback salvo con 0.0.0.0 o ::",
  "help.option.serverPort":
    "número de puerto, 1–65535; 0: cualquier puerto libre, que se dice al escuchar",
  "help.option.port": "número de puerto, 1–65535",
  "help.option.unix":
    "escucha o se conecta en este archivo de socket de dominio Unix en lugar de TCP (no en Windows)",
  "help.option.lang": "idioma de los mensajes",
  "help.option.lang.unset":
    "la primera definida de SOCKLAB_LANG, LC_ALL, LC_MESSAGES, LANG; si no, el idioma del sistema",
  "help.option.trace":
    "muestra en stderr cada evento del socket: listen, accept, connect, cada lectura y escritura con sus bytes, medio cierre, cierre, timeout",
  "help.option.traceFile":
    "añade además cada evento de socket a este archivo como líneas JSON, para socklab diagram; un servidor y sus clientes pueden compartir uno",
  "help.option.traceMax":
    "con --trace-file, deja de escribir en el archivo cuando ocupe estos MiB (socklab sigue)",
  "help.option.hex": "con --trace, también un volcado hexadecimal de cada carga",
  "help.option.timeout":
    "abandona un connect o una lectura tras estos segundos, como settimeout de Python",
  "help.option.timeout.unset": "esperar siempre",
  "help.option.quiet": "muestra solo los errores y los datos en sí",
  "help.option.debug": "muestra la traza de pila de los errores inesperados",
  "help.option.allow":
    "solo pueden conectarse estas direcciones o rangos CIDR, p. ej. 127.0.0.1,192.168.1.0/24,fd00::/8",
  "help.option.deny": "estas direcciones o rangos CIDR no pueden conectarse (quedan registrados)",
  "help.option.backlog":
    "listen(backlog): conexiones que el sistema encola hasta que accept las toma; una ráfaga de connect espera ahí",
  "help.option.backlog.unset": "el mayor que permite el sistema (somaxconn en Linux)",
  "help.option.maxConnections":
    "clientes atendidos a la vez; a uno más se le dice que el servidor está lleno y se le cierra",
  "help.option.idleTimeout": "cierra al cliente que calle durante este tiempo, diciéndole por qué",
  "help.option.idleTimeout.unset": "nunca",
  "help.option.stallTimeout":
    "cierra al cliente que deje sin leer lo que se le envía durante este tiempo, en lugar de esperarlo",
  "help.option.requestTimeout":
    "cierra al cliente cuya petición (una línea, una cabecera HTTP, la cabecera de un archivo) no esté completa este tiempo después de su primer byte",
  "help.option.maxLine":
    "la línea de petición más larga; una más larga recibe ERR too-long y se cierra la conexión",
  "help.option.request": "envía esta petición en lugar de leerlas de la entrada estándar",
} as const satisfies Texts<typeof english>;
