/** The demo: every lesson run side by side in one process. In Spanish. */
export const demo = {
  "demo.title": "socklab demo: todas las lecciones, servidor y cliente lado a lado en {host}",
  "demo.lesson": "Lección {number}: {title}",
  "demo.server": "servidor",
  "demo.client": "cliente",
  "demo.client1": "cliente 1",
  "demo.client2": "cliente 2",
  "demo.client3": "cliente 3",
  "demo.unexpected": "el {role} no vio lo que debía: {what}",
  "demo.pass": "PASS {title}",
  "demo.fail": "FAIL {title}: {reason}",
  "demo.summary": "{passed} de {total} lecciones superadas",
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
    "ejecuta el servidor de cada lección en este puerto, para ver el tráfico en Wireshark (filtro tcp.port == PORT o udp.port == PORT) (por defecto: un puerto libre en cada lección)",
  "help.demo.timeout": "cuánto puede durar una lección antes de darla por fallida",
  "help.demo.lesson": "ejecuta solo esta lección",
} as const;
