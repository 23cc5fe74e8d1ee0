import type { demoTexts as english } from "../en/demo.ts";
import type { Texts } from "../texts.ts";

/** The demo: every lesson run side by side in one process. */
export const demoTexts = {
  "help.group.tour": "Todas las lecciones de una vez",
  // The demo: every lesson run side by side in one process.
  "demo.title": "socklab demo: todas las lecciones, servidor y cliente lado a lado en {host}",
  "demo.lesson": "Lección {number}: {title}",
  "demo.server": "servidor",
  "demo.proxy": "proxy",
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
} as const satisfies Texts<typeof english>;
