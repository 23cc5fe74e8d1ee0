import type { checkTexts as english } from "../en/check.ts";
import type { Texts } from "../texts.ts";

/** `socklab check`: a student's server, graded stage by stage. */
export const checkTexts = {
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
  "check.problem.regexTooLarge":
    "la expresión regular del guion, con las palabras de esta vuelta, tiene más de {max} partes: {regex}",
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
  "check.expected.text":
    'un texto, o uno por idioma con el inglés entre ellos: {"en": "…", "es": "…"}',
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
} as const satisfies Texts<typeof english>;
