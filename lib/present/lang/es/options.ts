/** The options every mode has, and those several modes share. In Spanish. */
export const options = {
  "help.option.host":
    "dirección donde escuchar o a la que conectar; los servidores se quedan en loopback salvo con 0.0.0.0 o ::",
  "help.option.port": "número de puerto, 1–65535",
  "help.option.unix":
    "escucha o se conecta en este archivo de socket de dominio Unix en lugar de TCP (no en Windows)",
  "help.option.lang": "idioma de los mensajes (por defecto: según LC_ALL, LC_MESSAGES o LANG)",
  "help.option.trace":
    "muestra en stderr cada evento del socket: listen, accept, connect, cada lectura y escritura con sus bytes, medio cierre, cierre, timeout",
  "help.option.hex": "con --trace, también un volcado hexadecimal de cada carga",
  "help.option.timeout":
    "abandona un connect o una lectura tras estos segundos, como settimeout de Python (por defecto: esperar siempre)",
  "help.option.quiet": "muestra solo los errores y los datos en sí",
  "help.option.debug": "muestra la traza de pila de los errores inesperados",
  "help.option.allow":
    "solo pueden conectarse estas direcciones o rangos CIDR, p. ej. 127.0.0.1,192.168.1.0/24,fd00::/8",
  "help.option.deny": "estas direcciones o rangos CIDR no pueden conectarse (quedan registrados)",
  "help.option.maxConnections":
    "clientes atendidos a la vez; a uno más se le dice que el servidor está lleno y se le cierra",
  "help.option.idleTimeout":
    "cierra al cliente que calle durante este tiempo, diciéndole por qué (por defecto: nunca)",
  "help.option.stallTimeout":
    "cierra al cliente que deje sin leer lo que se le envía durante este tiempo, en lugar de esperarlo",
  "help.option.maxLine":
    "la línea de petición más larga; una más larga recibe ERR too-long y se cierra la conexión",
  "help.option.request": "envía esta petición en lugar de leerlas de la entrada estándar",
} as const;
