import type { Catalogue } from "./keys.ts";

/**
 * Spanish, the course's own language: the texts of the course's documents where they have one.
 * The type checker proves it has every key English has.
 */
export const es = {
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

  // The lessons `socklab --help` groups the modes under, in course order.
  "help.group.tcp": "TCP bloqueante: un mensaje, una respuesta, leer por trozos",
  "help.group.echo": "Servidores eco: el bucle que se atasca, y una tarea por cliente",
  "help.group.text": "Servicios de texto: muchas peticiones por conexión, muchos clientes a la vez",
  "help.group.db": "Base de datos de personas compartida: altas, bajas, errores, bloqueos",
  "help.group.udp": "UDP con acuse de recibo, y qué pasa cuando se pierden datagramas",
  "help.group.apps": "Aplicaciones sobre sockets: chat, archivos, la petición de un navegador",
  "help.group.tools":
    "Herramientas de red: ¿hay algo escuchando? ¿qué dirección usan los compañeros?",
  "help.group.perf": "Medir servidores: peticiones por segundo, latencia, caudal",
  "help.group.tour": "Todas las lecciones de una vez",

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

  // What every server says about where it can be reached.
  "net.reachable": "Tus compañeros en la red pueden conectarse a: {addresses}",
  "net.reachableNone":
    "Esta máquina no tiene más dirección de red que loopback: solo pueden conectarse programas de esta máquina",
  "net.staleRemoved":
    "Se borró el archivo de socket abandonado {path}, que dejó un servidor que no cerró",
  "net.reachableUnknown":
    "No se pudieron listar las direcciones de esta máquina ({reason}); búscalas con ip addr (ipconfig en Windows)",

  // What servers do about clients they should not, or no longer, serve.
  "guard.full":
    "El servidor está lleno ({max} {max|cliente|clientes} a la vez); inténtalo más tarde",
  "guard.idle": "Cerrado: no se envió ni recibió nada en {seconds} s (--idle-timeout)",
  "guard.slow":
    "Cerrado: una petición sin terminar {seconds} s después de empezar (--request-timeout)",
  "guard.evicted":
    "Cerrado: el servidor está lleno y esta conexión era la que llevaba más tiempo callada, o la que enviaba más despacio",
  "guard.deniedLog": "Rechazado {peer}: no lo permiten --allow / --deny",
  "guard.fullLog": "Rechazado {peer}: ya hay {max} {max|cliente|clientes} (--max-connections)",
  "guard.idleLog": "Cerrado {peer}: {seconds} s en silencio (--idle-timeout)",
  "guard.slowLog":
    "Cerrado {peer}: una petición sin terminar {seconds} s después de empezar (--request-timeout)",
  "guard.evictedLog":
    "Cerrado {peer}, el que más llevaba callado o el que enviaba más despacio, para dejar sitio a un cliente nuevo (--max-connections)",
  "guard.stalledLog":
    "Cerrado {peer}: dejó sin leer lo que se le enviaba durante {seconds} s (--stall-timeout)",
  "guard.outOfDescriptors":
    "Sin descriptores de archivo en {address}: los clientes nuevos esperan (los conectados siguen atendidos); sube el límite con ulimit -n",
  "guard.descriptorsBack":
    "{address} vuelve a aceptar clientes: se liberaron descriptores de archivo",
  "guard.descriptorLimit":
    "Como mucho {max} {max|cliente|clientes} a la vez, no {asked} (--max-connections): este proceso solo puede abrir {free} archivos más (ulimit -n), y se reserva {reserve}",
  "guard.more": "… y {count} más como esa en el último segundo",
  "guard.datagramDenied": "Descartado un datagrama de {peer}: no lo permiten --allow / --deny",
  "guard.receiveError": "El socket informó de un error ({error}) y sigue recibiendo",

  // What every stream server and client says: listening, connecting, reading in chunks, failing, stopping.
  "stream.listening": "Servidor escuchando en {address}",
  "stream.clientFailed": "cliente {peer}: {error}",
  "stream.summary":
    "Servidor detenido. Clientes atendidos: {clients}; bytes recibidos: {bytesIn}; bytes enviados: {bytesOut}",
  "stream.connected": "Conectado a {address}",
  "stream.chunk": "Data leida: {bytes}",
  "stream.allData": "Toda la data leida: {bytes}",
  "stream.tooLong": "{peer} envió {limit} sin {delimiter} (--max-message); cierro la conexión",

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

  // The UDP lessons. The Spanish texts are the course's own.
  "udp.listening":
    "Socket enlazado a la dirección {host} y el número de puerto {port}; me quedo a la espera",
  "udp.dropInfo":
    "Descartaré a propósito el {percent}% de los datagramas (--drop {drop} --seed {seed} repite esta ejecución)",
  "udp.received": "Mensaje recibido del cliente {peer}: {text}",
  "udp.mayBeTruncated":
    "El datagrama llenó el búfer de {buffer} bytes y puede haberse cortado: aumenta --buffer",
  "udp.tooLongDropped":
    "El sistema descartó un datagrama más largo que el búfer de {buffer} bytes, sin decir de quién era: aumenta --buffer",
  "udp.tooLongSummary":
    "Datagramas más largos que el búfer de {buffer} bytes, descartados: {count}",
  "udp.tooLongReply": "El sistema descartó una respuesta de más de {buffer} bytes; sigo esperando",
  "udp.dropped": "Datagrama de {peer} descartado a propósito (--drop): {text}",
  "udp.ackText": "Mensaje recibido {text}. Gracias.",
  "udp.ackSent": "Envío acuse de recibo al cliente: {text}",
  "udp.summary":
    "Servidor detenido. Datagramas recibidos: {datagrams} (descartados a propósito: {dropped}); acuses de recibo enviados: {acks}; bytes recibidos: {bytesIn}; bytes enviados: {bytesOut}",
  "udp.sending": "Envío de mensaje al servidor: {text}",
  "udp.ackReceived": "Acuse de recibo recibido del servidor: {text}",
  "udp.noAck":
    "No llegó acuse de recibo de {address} (intentos: {tries}, de {seconds} s cada uno): UDP no garantiza la entrega; el datagrama o su acuse pudieron perderse, o no hay ningún servidor escuchando",
  "udp.retrying": "Sin acuse de recibo en {seconds} s; lo reenvío (intento {attempt} de {total})",
  "udp.ackOnTry": "Confirmado en el intento {attempt} de {total}",
  "udp.sentNoWait":
    "Enviado sin esperar acuse de recibo (--no-wait): UDP por sí mismo nunca confirma la entrega",
  "udp.seriesSummary":
    "Enviados: {sent}; confirmados: {acked}; perdidos: {lost} ({percent}% de pérdida)",
  "udp.lostList": "Perdidos: {list}",
  "udp.roundTrip": "Ida y vuelta: mín {min} ms, media {avg} ms, máx {max} ms",
  "udp.foreign": "Ignoro un datagrama de {peer}, que no es el servidor",
  "lesson.udp-ack": "UDP: un datagrama y su acuse de recibo",
  "lesson.udp-loss": "UDP no garantiza la entrega: el servidor descarta el 30% a propósito",
  "help.udp-client.summary":
    "cliente UDP: envía un datagrama y espera el acuse de recibo; reintentos, o una serie que cuenta las pérdidas",
  "help.udp-client.watch":
    "Enviar siempre «funciona», aunque no haya servidor: UDP no tiene conexión que rechazar. Solo la falta del acuse de recibo lo delata, tras --timeout. Con --count, los mensajes numerados muestran exactamente cuáles se perdieron. Código de salida: 1 cuando no llegó ningún acuse (de un mensaje, tras sus reintentos, o de toda una serie); una serie con algunas pérdidas sale con 0, porque perder datagramas es lo que hace UDP.",
  "help.udp-client.message": "lo que se envía",
  "help.udp-client.retries": "reenvía hasta N veces si no llega el acuse de recibo en --timeout",
  "help.udp-client.noWait": "solo envía; no espera el acuse de recibo",
  "help.udp-client.count":
    "envía N mensajes numerados (TEXTO #1, TEXTO #2…) e informa de cuántos se confirmaron y se perdieron",
  "help.udp-client.interval": "con --count, milisegundos entre mensajes",
  "why.udp-client.retries-noWait": "sin esperar no hay silencio tras el que reintentar",
  "why.udp-client.retries-count":
    "--retries reenvía un único mensaje; una serie cuenta sus pérdidas",
  "help.udp-server.summary":
    "servidor UDP: muestra cada datagrama y su remitente y acusa recibo; puede descartar algunos a propósito",
  "help.udp-server.watch":
    "No hay conexión ni accept: los datagramas de cualquier cliente llegan a un único socket, cada uno con la dirección de su remitente. Con --drop 0.3 se pierde a propósito cerca de un tercio: el cliente solo lo nota porque no le llega el acuse de recibo.",
  "help.udp-server.buffer": "recvfrom(BYTES): un datagrama más largo se corta a este tamaño",
  "help.udp-server.echo":
    "devuelve cada datagrama tal cual en lugar del acuse de recibo (lo que espera bench --protocol udp)",
  "help.udp-server.noAck": "no acusa recibo de los datagramas",
  "help.udp-server.drop":
    "descarta a propósito esta proporción de datagramas (de 0 a 1), para mostrar que UDP puede perder mensajes",
  "help.udp-server.seed":
    "de dónde parten las decisiones aleatorias de --drop: el mismo --seed descarta los mismos datagramas",
  "help.udp-server.once": "termina tras el primer datagrama que no se descarte",
  "why.udp-server.echo-noAck": "un eco es una respuesta",

  // The echo lessons. The course's own lines are kept.
  "echo.concurrent":
    "Eco concurrente: todos los clientes se atienden a la vez, una tarea por conexión",
  "echo.blocking":
    "Eco bloqueante, el bucle del curso: se lee a cada cliente por turno hasta {delimiter} antes de aceptar al siguiente",
  // The course's own words, exactly as its transcript prints them.
  "echo.ready": "Listo para recibir mensajes!",
  "echo.connecting": "Cliente conectándose desde {peer}",
  "echo.connected": "Cliente conectado: {peer} (clientes activos: {active})",
  "echo.disconnected": "Cliente desconectado: {peer} (clientes activos: {active})",
  "echo.echoed": "Eco a {peer}: {bytes}",
  "echo.leftLoop": "{peer} cerró la conexión y sale de la lista",
  "echo.reply": "Eco en {ms} ms: {text}",
  "echo.mismatch": "El eco no coincide con lo enviado: se envió {sent}, llegó {received}",
  "echo.closedEarly": "El servidor cerró la conexión antes de devolver todo lo que se le envió",
  "echo.noEcho":
    "Sin eco tras {seconds} s. echo-server --blocking solo devuelve un mensaje cuando llega su final, \\r\\n, y este no lo lleva: prueba --message {message}",
  "echo.noEchoUntil":
    "Sin eco tras {seconds} s. echo-server --blocking solo devuelve un mensaje cuando llega su final, \\r\\n, y --until {until} termina las líneas con otro: sin --until, cada línea termina en \\r\\n",
  "echo.roundTrips":
    "Ida y vuelta en {count} {count|mensaje|mensajes}: mín {min} ms, mediana {median} ms, máx {max} ms",
  "echo.stalled": "Sin eco tras {ms} ms: el servidor está ocupado con otro cliente",
  "echo.stallExpected":
    "el servidor bloqueante debía hacer esperar al cliente 2 y después responderle",
  "echo.noStallExpected": "el servidor concurrente debía responder al cliente 2 en el acto",
  "help.echo-client.summary":
    "cliente eco: envía mensajes o líneas y muestra cada eco con su tiempo de ida y vuelta",
  "help.echo-client.watch":
    "Contra echo-server --blocking, un segundo cliente espera su eco mientras el primero está conectado y callado; --timeout convierte esa espera en un error visible.",
  "help.echo-client.message": "un mensaje que enviar",
  "help.echo-client.stdin":
    "envía cada línea de la entrada estándar, terminada con --until (por defecto '\\r\\n', como en el curso)",
  "help.echo-client.count":
    "envía los mensajes N veces y muestra el tiempo de ida y vuelta mínimo, mediano y máximo",
  "help.echo-client.until":
    "un eco está completo cuando termina en DELIM (como lo delimita echo-server --until); sin ella, cuando han vuelto tantos bytes como se enviaron",
  "why.echo-client.stdin-message":
    "el cliente envía o sus mensajes o las líneas de su entrada estándar",
  "why.echo-client.count-stdin": "la entrada estándar solo se puede leer una vez",
  "help.echo-server.summary":
    "servidor eco: concurrente (una tarea por cliente), o --blocking, el bucle del curso que se atasca",
  "help.echo-server.watch":
    "Con --blocking, abre dos terminales más y ejecuta socklab echo-client --stdin en cada una. Cada vuelta del bucle espera en accept() a un cliente nuevo y luego lee por turno a todos los clientes que tiene, una línea de cada uno. Escribe una línea en la primera: recibe su eco. Escribe otra en la segunda: espera, porque el bucle está leyendo otra vez al primer cliente; cuando el primero escribe otra línea (o se va: Ctrl+D o Ctrl+C), vuelve la línea del primero y después la del segundo. Entonces el bucle vuelve a accept(): la siguiente línea de cualquiera de los dos solo recibe su eco cuando se conecta un tercer cliente. Con nc, arranca el servidor con --until '\\n' y ejecuta nc 127.0.0.1 8000 sin tubería (una tubería termina la entrada, y el cierre de escritura de nc deja avanzar el bucle). Sin --blocking cada línea recibe respuesta al instante.",
  "help.echo-server.blocking":
    "el bucle del curso: acepta un cliente y luego lee por turno a todos los clientes hasta \\r\\n, devolviendo el eco de cada uno, antes de aceptar al siguiente",
  "help.echo-server.chunk": "con --blocking, el tamaño de cada recv",
  "help.echo-server.chunk.unset": "2, como en el curso",
  "help.echo-server.until":
    "devuelve mensajes completos terminados en DELIM en lugar de los bytes según llegan (con --blocking: por defecto '\\r\\n')",
  "help.echo-server.maxMessage": "cierra al cliente que envíe todo esto sin terminar su mensaje",
  "lesson.echo-stall":
    "El eco que se atasca y el que no: el bucle del curso frente a una tarea por cliente",

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

  // The shared person database and its race lesson.
  "db.errUnknownVerb": "verbo desconocido «{verb}»; los verbos son {verbs}",
  "db.errNoVerb": "la línea no tiene verbo; los verbos son {verbs}",
  "db.help":
    "una petición por línea; las claves no llevan espacios, los valores son objetos JSON; {verbs}",
  "db.verb.add": "da de alta a una persona con una clave nueva (ERR exists si ya existe)",
  "db.verb.get": "la persona guardada con esa clave",
  "db.verb.update": "combina los campos dados con los de la persona, y la devuelve",
  "db.verb.del": "da de baja a la persona",
  "db.verb.list":
    "las claves, ordenadas, como array JSON; solo las que empiezan por el prefijo si se da",
  "db.verb.incr":
    "suma n a un campo numérico (uno que falte cuenta como 0), y devuelve el nuevo valor",
  "db.verb.help": "los verbos",
  "db.verb.quit": "el servidor se despide y cierra la conexión",
  "db.errExists": "ya existe un registro con clave «{key}»; modifícalo con MODIFICA",
  "db.errNotFound": "no existe ningún registro con clave «{key}»",
  "db.errBadRequest": "la forma es: {usage}",
  "db.errBadKey": "una clave tiene de 1 a {max} caracteres, sin espacios",
  "db.errBadJson": 'el valor no es JSON válido, por ejemplo {"nombre": "Ana", "edad": 30}',
  "db.errNotAnObject": 'el valor debe ser un objeto JSON, entre llaves: {"edad": 30}',
  "db.errNumberChanged":
    "{number} en «{field}» se guardaría como {stored}: aquí un número es un double de 64 bits (enteros exactos hasta 2^53); para guardarlo tal cual, envíalo como texto, entre comillas",
  "db.errLoneSurrogate":
    "«{field}» tiene {unit}, media pareja sustituta de UTF-16 sin su otra mitad: eso no es texto Unicode y no se puede guardar",
  "db.errNotANumber": "el campo «{field}» no contiene un número (o la suma se sale de rango)",
  "db.errTooLarge":
    "el registro superaría los {max} bytes que cabe en una petición; se deja como estaba",
  "db.errListTooLarge":
    "la lista superaría los {max} bytes; pide menos claves con un prefijo: LISTA prefijo",
  "db.serving":
    "Base de datos de personas, bloqueo {locking}, {latency} ms de latencia de almacenamiento, registros {where}",
  "db.inMemory": "en memoria",
  "db.inFile": "en {path}",
  "db.request": "{peer} {request} → {outcome}",
  "db.race.plan":
    "{clients} {clients|cliente|clientes} × {ops} SUMA sobre {keys}: se {expected|espera|esperan} {expected} {expected|incremento|incrementos} por ejecución",
  "db.race.sharedKey": "un mismo registro",
  "db.race.distinctKeys": "un registro por cliente",
  "db.race.columns": "bloqueo|esperado|real|perdidos|tiempo",
  "db.race.lost":
    "{locking}: se perdieron actualizaciones: sin bloqueos, dos clientes leen el mismo valor y ambos escriben ese valor más uno",
  "db.race.noneLucky":
    "{locking}: esta vez no se perdió ninguna actualización; sube --latency para ensanchar el hueco entre lectura y escritura",
  "db.race.noneDistinct":
    "{locking}: no se perdió nada, porque ningún par de clientes toca el mismo registro",
  "db.race.exact": "{locking}: no se perdió ninguna actualización",
  "db.race.broken":
    "{locking}: se {lost|perdió|perdieron} {lost} {lost|actualización|actualizaciones} aun con bloqueos: el bloqueo del servidor falla",
  "db.race.unknownLocking": "desconocido",
  "db.race.externalLost":
    "se {lost|perdió|perdieron} {lost} de {expected} {expected|actualización|actualizaciones}: este servidor no bloquea entre leer un saldo y escribirlo",
  "db.race.externalExact":
    "no se perdió ninguna actualización: el servidor bloquea, o sus clientes nunca coincidieron (una latencia de almacenamiento, --latency en el servidor, ensancha el hueco)",
  "db.race.failed": "la carrera no pudo ejecutarse: {reply}",
  "help.db-client.summary":
    "cliente de la base de datos de personas: escribe ALTA, CONSULTA, MODIFICA, BAJA… y ve cada respuesta, con el JSON legible",
  "help.db-client.watch":
    "Dar de baja un registro que no existe es un error que el servidor responde (ERR not-found), no un fallo. Abre dos clientes y modifica el mismo registro desde ambos.",
  "help.db-race.summary":
    "la lección de los bloqueos: muchos clientes hacen SUMA a la vez; total esperado frente a real y tiempo, por bloqueo",
  "help.db-race.watch":
    "Sin --port (ni --unix) arranca su propio db-server para cada tipo de bloqueo, con --latency entre cada lectura y escritura. Con none, dos clientes leen el mismo saldo y ambos escriben ese saldo más uno: se pierden actualizaciones. global y record no pierden nada; con --keys distinct, record ejecuta los clientes en paralelo mientras global sigue poniéndolos en cola.",
  "help.db-race.port": "compite contra el db-server de este puerto",
  "help.db-race.port.unset": "arranca uno en el proceso por cada bloqueo",
  "help.db-race.clients": "conexiones a la vez",
  "help.db-race.ops": "SUMA que envía cada cliente",
  "help.db-race.keys":
    "shared: todos los clientes sobre un registro; distinct: un registro por cliente",
  "help.db-race.locking": "solo este bloqueo para el servidor del proceso",
  "help.db-race.locking.unset": "none, global y record por turno",
  "help.db-race.latency":
    "la latencia de almacenamiento del servidor del proceso entre cada lectura y escritura",
  "why.db-race.running": "un servidor que ya está en marcha tiene su propio bloqueo y latencia",
  "help.db-server.summary":
    "base de datos de personas compartida: alta, consulta, modificación, baja; bloqueo ninguno, global o por registro",
  "help.db-server.protocol":
    'Una petición por línea, una línea de respuesta por petición: OK [resultado] o ERR código palabras. Claves: de 1 a 128 caracteres, sin espacios. Valores: objetos JSON, p. ej. {"nombre": "Ana", "edad": 30, "saldo": 100}. Los verbos, en mayúsculas o minúsculas:',
  "help.db-server.watch":
    "Cada operación lee, espera --latency ms como lo haría un disco lento y luego escribe. Con --locking none, dos clientes que hacen SUMA sobre el mismo registro a la vez leen ambos el valor antiguo y se pierde una actualización (socklab db-race muestra cuántas). global hace esperar a todos su turno; record solo a los que tocan el mismo registro, como hace un banco.",
  "help.db-server.locking":
    "none: lee, espera y escribe sin bloqueo (se pierden actualizaciones); global: una operación cada vez; record: un bloqueo por clave",
  "help.db-server.latency":
    "latencia de almacenamiento simulada de cada operación, entre su lectura y su escritura",
  "help.db-server.store":
    "guarda los registros en este archivo SQLite (se crea si no existe): cada escritura confirmada está en disco",
  "help.db-server.store.unset": "en memoria, como en el curso",
  "lesson.db-crud":
    "Una base de datos de personas compartida: alta, consulta, modificación, baja y un error bien atendido",
  "lesson.db-race":
    "Diez clientes suman a la vez sobre un mismo saldo: para qué sirven los bloqueos",
  "help.db-server.errors":
    "Códigos de error: exists, not-found, bad-request, bad-key, bad-json, not-an-object, bad-value, not-a-number, unknown-verb, too-long, bad-utf8; tras cualquiera la conexión sigue abierta (salvo too-long, que la cierra).",

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

  // File transfer: what each side says, and the reasons a file is refused.
  "file.serving": "Recibiendo archivos en {dir} (como mucho {max} cada uno{overwrite})",
  "file.overwriting": ", sobrescribiendo",
  "file.madeDir": "Creada la carpeta {dir} para recibir en ella",
  "file.removedParts":
    "Se {count|borró|borraron} {count} {count|archivo|archivos} a medio recibir que dejó en {dir} un receptor que no terminó (.socklab-*.part)",
  "file.incoming": "{peer} envía {name} ({size})",
  "file.saved": "Guardado {path} ({size}): tamaño y SHA-256 coinciden",
  "file.cutOff": "Se cortó un archivo de {peer}: {reason}",
  "file.refused": "Rechazado un archivo de {peer}: {reason}",
  "file.errBadHeader": 'la cabecera no es JSON con {"name", "size", "sha256"}',
  "file.errBadName": "«{name}» no deja un nombre de archivo utilizable",
  "file.errTooLarge": "{size} supera los {max} permitidos (--max-size)",
  "file.errExists": "{name} ya existe; el receptor necesita --overwrite para sustituirlo",
  "file.errIncomplete": "la conexión terminó tras {received} de {size}; no se guardó nada",
  "file.errCorrupt": "el SHA-256 de lo recibido no coincide con el del emisor; no se guardó nada",
  "file.errDisk": "no se pudo escribir el archivo: {reason}",
  "file.errInFlight": "{name} se está recibiendo ahora mismo de otro emisor",
  "file.errPartName":
    "«{name}» es como socklab llama a los archivos que aún está recibiendo; envíalo con otro nombre",
  "file.errTooSlow":
    "el archivo llegó a menos de {rate}/s durante {seconds} s y se cortó; no se guardó nada",
  "file.sending": "Enviando {name} ({size}, SHA-256 {sha256})",
  "file.accepted": "El receptor guardó {name}: tamaño y SHA-256 coinciden",
  "file.rejected": "El receptor no guardó el archivo: {reply}",
  "help.file-receive.summary":
    "recibe archivos: tamaño y SHA-256 comprobados antes de que el archivo tome su nombre; solo nombres seguros",
  "help.file-receive.protocol":
    'El emisor envía una línea JSON, {"name": …, "size": …, "sha256": …}; el receptor responde GO, o ERR código mensaje (too-large, exists, bad-name, bad-header). Después llegan exactamente size bytes; el receptor responde OK nombre cuando coinciden tamaño y SHA-256, o ERR incomplete / corrupt / disk.',
  "help.file-receive.watch":
    "Los bytes van a un archivo temporal oculto; solo cuando han llegado todos y su SHA-256 coincide se renombra con su nombre. Corta la conexión a medias: no aparece ningún archivo. Envía ../../etc/passwd: se guarda como passwd, dentro de --dir.",
  "help.file-receive.dir": "dónde se guardan los archivos recibidos",
  "help.file-receive.overwrite": "sustituye un archivo que ya exista (si no, se rechaza)",
  "help.file-receive.maxSize": "rechaza archivos más grandes, antes de escribir ningún byte",
  "help.file-receive.once": "termina tras el primer archivo",
  "help.file-send.summary":
    "envía un archivo a file-receive con su tamaño y SHA-256; termina con 1 si no se guardó entero",
  "help.file-send.watch":
    "TCP entrega los bytes de forma fiable y en orden; el SHA-256 lo demuestra de extremo a extremo. El archivo se lee dos veces (para calcular el hash y para enviarlo), nunca entero en memoria.",
  "help.file-send.path": "el archivo que se envía",

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

  // The network tools: probe and interfaces.
  "probe.open": "abierto",
  "probe.closed": "cerrado",
  "probe.silent": "sin respuesta",
  "probe.closedRange": "{from}–{to}  {state} ({count} {count|puerto|puertos})",
  "probe.line": "{address}  {state}  {ms} ms",
  "probe.failed": "{address}  {error}",
  "probe.summary":
    "abiertos: {open}, cerrados: {closed}, sin respuesta: {silent} (se esperó hasta {seconds} s por cada uno)",
  "interfaces.heading": "Interfaces de red de esta máquina:",
  "interfaces.loopback": "loopback: solo esta máquina",
  "interfaces.linkLocal": "enlace local: solo el mismo cable o wifi, con zona",
  "interfaces.use": "Un compañero en tu red se conectaría a: {address} ({name})",
  "interfaces.none":
    "No hay más direcciones que loopback: esta máquina no está en ninguna red que otras puedan alcanzar",
  "interfaces.firewall":
    "Recuerda: el servidor debe escuchar en 0.0.0.0 (--host 0.0.0.0), no en 127.0.0.1, y el cortafuegos de esta máquina debe dejar entrar el puerto {port} (Windows: Firewall de Windows Defender › Permitir una aplicación; macOS: Ajustes del Sistema › Red › Firewall; Linux: sudo ufw allow {port}/tcp).",
  "help.interfaces.summary":
    "las direcciones de esta máquina, cuál usaría un compañero, y el recordatorio del cortafuegos",
  "help.interfaces.watch":
    "127.0.0.1 solo llega a esta máquina; los compañeros necesitan la dirección de tu interfaz wifi o de cable, un servidor escuchando en 0.0.0.0 y el puerto abierto en tu cortafuegos.",
  "help.probe.summary":
    "¿hay algo escuchando? connect TCP a cada puerto: abierto, cerrado o sin respuesta, con tiempos",
  "help.probe.watch":
    "Cerrado significa que la máquina respondió «aquí no hay nadie» al instante (conexión rechazada); sin respuesta suele significar que un cortafuegos descartó el intento, o que el host no está. Compáralo con netstat -at en el servidor.",
  "help.probe.ports": "los puertos que probar: 8080, 8000-8010, 22,80,443 (como mucho 1024)",
  "help.probe.concurrency": "connects en curso a la vez",

  // `socklab bench`: load a server and measure it.
  "bench.plan":
    "bench {protocol} → {target}: {connections} {connections|conexión|conexiones} × peticiones de {size} B, pipeline {pipeline}, {length}",
  "bench.forSeconds": "{seconds} s",
  "bench.forRequests": "{requests} {requests|petición|peticiones}",
  "bench.warmup": " tras {seconds} s de calentamiento",
  "bench.totals":
    "peticiones: {requests} en {seconds} s = {rate} peticiones/s; errores: {errors}; {bytes} de ida y vuelta",
  "bench.latency":
    "latencia (ms): p50 {p50}  p90 {p90}  p99 {p99}  p99,9 {p999}  máx {max}  media {mean}",
  "bench.progress": "{seconds} s  {requests} {requests|petición|peticiones}  {rate}/s",
  "bench.throughputPlan":
    "bench throughput → {target}: una conexión, escrituras de 64 KiB, {seconds} s",
  "bench.throughput": "eco de {bytes} en {seconds} s = {rate}",
  "bench.nothing":
    "no se respondió ninguna petición: ¿hay un servidor {protocol} escuchando en {target}?",
  "bench.setupFailed": "no se pudo preparar el registro para GET: {reply}",
  "bench.partial": "resultados parciales: la medida se interrumpió antes de terminar",
  "help.bench.summary":
    "carga un servidor en marcha: peticiones/s, errores, percentiles e histograma de latencia; o MB/s en bloque",
  "help.bench.watch":
    "Compara echo-server con y sin --blocking, o db-server con cada --locking, con la misma carga. --pipeline envía varias peticiones antes de esperar: observa cómo suben las peticiones/s mientras crece la latencia de cada una.",
  "help.bench.protocol":
    "lo que repite cada conexión: bytes (echo), MAYUS … (text), CONSULTA clave (db), un datagrama (udp-server --echo)",
  "help.bench.port": "el puerto del servidor",
  "help.bench.port.unset": "el del servidor de socklab de ese protocolo",
  "help.bench.connections": "conexiones (o sockets UDP) a la vez",
  "help.bench.duration": "cuánto tiempo medir",
  "help.bench.requests": "mide este número de peticiones en lugar de un tiempo",
  "help.bench.size": "bytes de cada petición",
  "help.bench.pipeline": "peticiones en curso por conexión",
  "help.bench.warmup": "carga sin medir durante este tiempo antes de empezar",
  "help.bench.throughput":
    "envía datos en bloque a través de un servidor eco por una conexión y muestra MB/s",
  "help.bench.json": "muestra en su lugar un objeto JSON con los resultados",
  "why.bench.requests-duration": "una ejecución se mide o por tiempo o por número de peticiones",
  "why.bench.unix-protocol": "UDP no tiene socket Unix de flujo",

  // The demo: every lesson run side by side in one process.
  "demo.title": "socklab demo: todas las lecciones, servidor y cliente lado a lado en {host}",
  "demo.lesson": "Lección {number}: {title}",
  "demo.server": "servidor",
  "demo.client": "cliente",
  "demo.client1": "cliente 1",
  "demo.client2": "cliente 2",
  "demo.client3": "cliente 3",
  "demo.httpFetch": "aquí socklab hace esta petición por sí mismo (fetch), como lo haría curl",
  "demo.unexpected": "el {role} no vio lo que debía: {what}",
  "demo.pass": "PASS {title}",
  "demo.fail": "FAIL {title}: {reason}",
  "demo.interrupted":
    "Interrumpido (Ctrl+C) durante «{title}»: las lecciones siguientes no se ejecutaron",
  "demo.interruptedLast": "Interrumpido (Ctrl+C) durante «{title}»",
  "why.demo.traceFile-diagrams":
    "--diagrams guarda el archivo de traza de cada lección junto a su dibujo",
  "demo.summary": "{passed} de {total} {total|lección superada|lecciones superadas}",
  "demo.noSuchLesson": "demo: no hay ninguna lección llamada «{name}»; las lecciones son: {names}",
  "demo.missingLine": "el {role} nunca imprimió: {line}",
  "demo.exitCode": "el {role} terminó con el código {code} en lugar de {expected}",
  "demo.serverStuck": "el servidor no terminó en {seconds} s",
  "lesson.chat": "Tres personas charlan",
  "lesson.file": "Enviar un archivo, comprobado de extremo a extremo con SHA-256",
  "lesson.http": "Una petición web es texto sobre un socket",
  "help.demo.summary":
    "ejecuta todas las lecciones, servidor y cliente lado a lado, con PASS/FAIL por lección; empieza por aquí",
  "help.demo.watch":
    "Cada línea indica quién la imprimió. Los comandos sobre cada lección son lo que escribirías en dos terminales para hacer lo mismo a mano.",
  "help.demo.port":
    "ejecuta el servidor de cada lección en este puerto, para ver el tráfico en Wireshark (filtro tcp.port == PUERTO o udp.port == PUERTO)",
  "help.demo.port.unset": "un puerto libre en cada lección",
  "help.demo.timeout": "cuánto puede durar una lección antes de darla por fallida",
  "help.demo.diagrams":
    "escribe además los eventos de socket de cada lección (.jsonl) y su diagrama de secuencia (.svg) en esta carpeta",
  "help.demo.lesson": "ejecuta solo esta lección",

  // socklab check: el servidor de un estudiante, calificado etapa por etapa.
  "check.heading": "socklab check {exercise} → {target}: {title}",
  "check.summary.stages": "{passed} de {stages} {stages|etapa superada|etapas superadas}",
  "check.summary.skipped": "{count} {count|omitida|omitidas}",
  "check.summary.optional": "opcionales no superadas: {count}",
  "check.summary.points": "{points} de {total} {total|punto|puntos}",
  "check.optional":
    "opcional: esta etapa no vale puntos, y que falle no hace fallar la comprobación",
  "check.skipped": "omitida",
  "check.note": "nota: {note}",
  "check.note.backlog":
    "{waited} de {of} {of|conexión|conexiones} {waited|esperó|esperaron} un segundo o más a ser {waited|aceptada|aceptadas}, o {waited|fue rechazada|fueron rechazadas}: el backlog de listen estaba lleno. listen(1) deja esperar a un solo cliente; un backlog mayor, p. ej. listen(64), deja esperar a muchos hasta que accept los recoja",
  "check.note.line":
    "tu servidor lee líneas: una petición no tuvo respuesta hasta terminar en \\n, así que desde entonces las peticiones se enviaron con \\n",
  "check.note.stranger":
    "se {count|ignoró|ignoraron} {count} {count|datagrama|datagramas} de {from}, que no es la dirección del servidor: solo el servidor puede acusar recibo",
  "check.note.port":
    "la respuesta llegó desde {from}, no desde el puerto {port} al que fue la petición: un cliente que lee con recvfrom (como el del curso) la recibe, pero uno que hace connect() de su socket al servidor nunca la ve; responde con sendto desde el socket por el que llegó la petición",
  "run.interrupted": "Interrumpido (Ctrl+C)",
  "check.interrupted": "Detenido (Ctrl+C): las etapas siguientes no se ejecutaron",
  "check.hint": "pista: {hint}",
  "check.conversation": "la conversación hasta aquí (> enviado, < recibido):",
  "check.linesLeftOut": "… {count} {count|línea omitida|líneas omitidas} …",
  "check.nothing": "nada",
  "check.event.connect": "se conecta",
  "check.event.end": "el servidor cerró la conexión",
  "check.event.shutdown": "cierra su escritura (no envía más, sigue leyendo)",
  "check.event.close": "cierra",
  "check.event.quiet": "{ms} ms de silencio: la respuesta se da por completa",
  "check.event.retry":
    "sin respuesta en 1 s: la petición se termina con el \\n que espera un servidor que lee líneas",
  "check.expect.prefix": "una respuesta que empiece por {value}",
  "check.expect.regex": "una respuesta que coincida con {value}",
  "check.expect.number": "el número {value}",
  "check.expect.any": "una respuesta",
  "check.expect.echo": "un eco sin cambios {count|del|de los} {count} {count|byte|bytes} que envió",
  "check.expect.until": "{what} terminada en {until}",
  "check.problem.mismatch": "se esperaba {expected} y llegó {got}",
  "check.problem.echo":
    "se esperaba {expected}; llegaron {length} bytes, distintos a partir del byte {at}: {got}",
  "check.problem.partial":
    "se esperaba {expected} y solo llegó {got} antes de agotarse el tiempo de la etapa",
  "check.problem.ended": "se esperaba {expected}, pero el servidor cerró la conexión tras {got}",
  "check.problem.endedSilent":
    "se esperaba {expected}, pero el servidor cerró la conexión sin decir nada",
  "check.problem.nothing":
    "se esperaba {expected} y no llegó nada antes de agotarse el tiempo de la etapa",
  "check.problem.spoke": "el servidor respondió antes de que la petición estuviera completa: {got}",
  "check.problem.number":
    "la respuesta dice {got}, no {expected}: se {lost|perdió|perdieron} {lost} {lost|actualización|actualizaciones}",
  "check.problem.no-connection":
    "la conexión no se aceptó a tiempo: el servidor está ocupado con otro cliente, o su backlog está lleno",
  "check.problem.not-ended":
    "el servidor mantuvo la conexión abierta cuando el cliente ya había dejado de enviar",
  "check.problem.unbound": "no hay ningún socket enlazado a ese puerto UDP en esta máquina",
  "check.problem.stopped":
    "el servidor dejó de aceptar conexiones después de que una anterior de esta comprobación funcionara: ahora rechaza la conexión",
  "check.problem.closedEarly": "el servidor cerró la conexión antes de que el cliente terminara",
  "check.problem.timedOut": "la conexión caducó: el otro lado dejó de responder",
  "check.problem.unexplained": "la conexión falló de un modo que socklab no explica ({name})",
  "check.problem.flood":
    "el servidor envió más de {size} que ningún paso recogió: debe enviar solo lo que se le pide",
  "check.problem.timeUp.send":
    "se acabó el tiempo de la etapa mientras se enviaba: el servidor no leyó lo que se le envió",
  "check.problem.timeUp.match":
    "se acabó el tiempo de la etapa mientras se comparaba la respuesta (larga) con la expresión regular",
  "check.problem.timeUp.steps": "se acabó el tiempo de la etapa antes de terminar sus pasos",
  "check.hint.stopped": "terminó o se cayó: mira en su terminal si hay un error",
  "check.hint.error":
    "el servidor cerró la conexión con datos sin leer (un reset): ¿lee una sola vez, o cierra antes de que el cliente termine?",
  "check.hint.refused":
    "las etapas siguientes se omitieron: vuelve a ejecutar check cuando tu servidor escuche en este host y puerto",
  "check.hint.partial":
    "llegó parte de la respuesta y nunca el resto: ¿termina la respuesta con el delimitador que espera el cliente (\\n)?",
  "check.hint.ended":
    "el servidor cerró antes de responder: ¿cierra tras una petición, o lee una sola vez (sin bucle alrededor de recv)?",
  "check.hint.nothing":
    "no hubo respuesta: ¿espera el servidor un delimitador que la petición nunca envía, o está atendiendo a otro cliente?",
  "check.list":
    "Los ejercicios, el puerto que comprueba cada uno salvo que --port P diga otro, y lo que califica (--show NOMBRE muestra su guion):",
  "check.unknownExercise":
    "ejercicio desconocido «{name}»{suggestion}; socklab check --list los muestra",
  "check.noExercise":
    "¿qué ejercicio? p. ej. socklab check upper --port 54321; socklab check --list los muestra",
  "check.badScript": "{path}: {place}: se esperaba {expected}",
  "check.expected.object": "un objeto",
  "check.expected.string": "un texto",
  "check.expected.text": 'un texto, o {"en": "…", "es": "…"}',
  "check.expected.list": "una lista con al menos un elemento",
  "check.expected.regex": "una expresión regular válida",
  "check.expected.true": "true",
  "check.expected.boolean": "true o false",
  "check.expected.together":
    "un paso together solo entre los pasos propios de un parallel, y una vez",
  "check.expected.first": "false: la primera etapa no tiene otra antes que continuar",
  "check.expected.optional": "true solo en una etapa que vale 0 puntos",
  "check.expected.runs":
    "pasos que se ejecuten como mucho {max} veces en total, multiplicados por las rondas de un repeat y los clientes de un parallel",
  "check.expected.clients":
    "como mucho {max} clientes en paralelo a la vez (los parallel anidados se multiplican)",
  "check.expected.hex": "bytes en hexadecimal, dos dígitos cada uno",
  "check.expected.number": "un número de {min} a {max}",
  "check.expected.choice": "uno de: {choices}",
  "check.expected.one-of": "exactamente uno de: {choices}",
  "check.expected.list-of": "una lista de: {choices}",
  "check.expected.unsupported.backreference":
    "una expresión regular sin referencias a grupos ({part} en {regex}): socklab compara en un tiempo proporcional a la respuesta, y una referencia no lo permite",
  "check.expected.unsupported.lookaround":
    "una expresión regular sin aserciones de anticipación ni de retrospección ({part} en {regex}): socklab compara en un tiempo proporcional a la respuesta, y estas no lo permiten",
  "check.expected.unsupported.modifiers":
    "una expresión regular sin modificadores ({part} en {regex})",
  "check.expected.unsupported.size":
    "una expresión regular de como mucho {max} partes una vez escritas sus repeticiones ({regex} tiene más)",
  "check.notJson": "{path} no es JSON válido",
  "check.notJsonAt": "{path} no es JSON válido: línea {line}, columna {column}",
  "check.scriptTooLarge": "{path} ocupa más de {size}, lo máximo que puede ocupar un guion",
  "why.check.one": "check admite un ejercicio, guion, --list o --show cada vez",
  "help.check.timeout":
    "el límite de tiempo de cada etapa en segundos, en lugar del propio del guion",
  "help.check.timeout.unset": "el de cada etapa, 5 s salvo que el guion diga otro",
  "check.junitWritten": "Informe JUnit escrito en {path}",
  "help.check.summary":
    "califica un servidor tuyo, ejercicio a ejercicio: etapas numeradas, puntos, la conversación de cada fallo",
  "help.check.watch":
    "El servidor debe estar ya en marcha. Cada etapa tiene su propio límite de tiempo; una etapa fallida muestra lo enviado (>) y lo recibido (<) y una pista cuando las pruebas apuntan a un error, y la etapa siguiente se ejecuta igualmente (si no escucha nadie, las demás se omiten). Los ejercicios de servidores que atienden a un cliente y terminan califican todo el intercambio por una sola conexión. Código de salida 0 si se superan todas las etapas, 1 si falla alguna.",
  "help.check.exercise": "el ejercicio que se comprueba; --list los muestra",
  "help.check.exercise.unset": "ninguno: indica uno, o --script",
  "help.check.script":
    "ejecuta este guion de conversación (JSON, ver docs/check.md) en lugar de un ejercicio incluido",
  "help.check.list": "lista los ejercicios incluidos, uno por línea",
  "help.check.show": "muestra el guion de un ejercicio incluido, para copiarlo y adaptarlo",
  "help.check.json": "muestra el informe como un único objeto JSON",
  "help.check.junit":
    "escribe además el informe como XML JUnit en este archivo, para CI y corrección",
  "help.check.port": "el puerto donde escucha el servidor que se comprueba",
  "help.check.port.unset": "el puerto propio del ejercicio, el que muestra check --list",

  // --trace: lo que no es el nombre de una llamada del socket.
  "trace.halfClose": "medio cierre",
  "trace.tooLong": "muy largo",
  "trace.drop": "descarte",
  "trace.on": "en {address}",
  "trace.from": "desde {address}",
  "trace.eof": "fin del flujo",
  "trace.notAFile":
    "--trace-file {file}: no es un archivo normal (¿una FIFO, un dispositivo, una carpeta?); indica un archivo, o uno nuevo",
  "trace.fileFailed": "--trace-file: {reason}; no se escriben más eventos en él, y socklab sigue",
  "trace.fileFull":
    "--trace-file {file} llegó a --trace-max ({max}); no se escriben más eventos en él, y socklab sigue",

  // socklab diagram: el diagrama de secuencia de una traza.
  "diagram.server": "servidor",
  "diagram.serverN": "servidor {n}",
  "diagram.client": "cliente {n}",
  "diagram.untraced": "sin traza",
  "diagram.connect": "connect → accept",
  "diagram.accept": "accept",
  "diagram.listen": "listen",
  "diagram.bind": "bind",
  "diagram.close": "close",
  "diagram.halfClose": "shutdown(SHUT_WR): fin",
  "diagram.timeout": "timeout",
  "diagram.tooLong": "datagrama demasiado largo: el sistema lo descartó",
  "diagram.reads": "(en {count} recv)",
  "diagram.backlogWait": "espera en el backlog de listen: {seconds} s",
  "diagram.gap": "⋮ {seconds} s después",
  "diagram.lost": "nunca llegó",
  "diagram.dropped": "descartado a propósito (--drop)",
  "diagram.title": "Eventos de socket de {files}",
  "diagram.legend": "Cómo leerlo",
  "diagram.legend.lifelines":
    "Cada columna es un socket, encabezado por el proceso al que pertenece; el tiempo avanza hacia abajo, sin escala.",
  "diagram.legend.data":
    "Una flecha continua: un write, que acaba en el recv que recibió su último byte.",
  "diagram.legend.end":
    "Una flecha discontinua: el fin de un flujo (close o shutdown), que acaba en el recv que devolvió b''.",
  "diagram.legend.lost":
    "Una flecha que acaba en una cruz: un datagrama que nunca llegó, o que se descartó a propósito.",
  "diagram.legend.wait":
    "Una barra sombreada: un cliente cuyo connect esperó en el backlog de listen hasta el accept del servidor.",
  "diagram.legend.gap": "⋮: una pausa, acortada, con lo que duró.",
  "diagram.events": "Los eventos",
  "diagram.columns": "hora|proceso|modo|evento|local|remoto|bytes|datos",
  "diagram.noEvents": "{files}: no hay eventos de socket que dibujar",
  "diagram.badLine":
    "{file}, línea {line}: no es un registro de traza de socklab (hecho con --trace-file)",
  "diagram.missingField": "{file}, línea {line}: al registro le falta el campo «{field}»",
  "diagram.textField": "{file}, línea {line}: «{field}» debe ser texto (una cadena JSON)",
  "diagram.badEvent": "{file}, línea {line}: «event» debe ser uno de {events}",
  "diagram.badTime":
    "{file}, línea {line}: «time» debe ser una hora como la escribe socklab (2026-11-30T10:20:30.040123Z)",
  "diagram.badBytes": "{file}, línea {line}: «bytes» debe ser un número entero, 0 o más",
  "diagram.longLine":
    "{file}, línea {line}: pasa de {size}, y ningún registro de traza de socklab es tan largo; no se dibujó nada",
  "diagram.tooManyEvents":
    "{file}, línea {line}: más de {max} eventos, demasiados para un diagrama; no se dibujó nada. Dibuja una parte de la traza: head -n {lines} ARCHIVO > parte.jsonl",
  "diagram.tooLarge":
    "{file}, línea {line}: las trazas pasan de {size}, demasiado para un diagrama; no se dibujó nada. Dibuja una parte: head -n 10000 ARCHIVO > parte.jsonl",
  "diagram.written": "Diagrama escrito en {path}",
  "diagram.badFormat": "el archivo del diagrama debe terminar en .svg, .html o .md, no «{path}»",
  "help.diagram.summary":
    "dibuja el diagrama de secuencia de trazas de --trace-file: SVG, una página HTML o Mermaid para Markdown",
  "help.diagram.watch":
    "Ejecuta un servidor y sus clientes con --trace-file (un archivo para todos, o uno cada uno) y dibuja: cada socket es una columna, cada write una flecha hasta el recv que lo recibió. El servidor eco que se atasca muestra a su segundo cliente esperando su eco hasta que el primero vuelve a escribir; un datagrama que nunca llegó acaba en una cruz.",
  "help.diagram.files": "los archivos de traza, combinados por hora",
  "help.diagram.output":
    "escribe el diagrama en este archivo: .svg, .html (con leyenda y los eventos) o .md (Mermaid)",
  "help.diagram.output.unset": "Mermaid por la salida estándar",
} as const satisfies Catalogue;
