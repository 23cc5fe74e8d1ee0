import type { echoTexts as english } from "../en/echo.ts";
import type { Texts } from "../texts.ts";

/** The echo lessons: echo-server and echo-client. */
export const echoTexts = {
  "help.group.echo": "Servidores eco: el bucle que se atasca, y una tarea por cliente",
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
} as const satisfies Texts<typeof english>;
