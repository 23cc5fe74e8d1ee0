import type { Messages } from "../catalogue_types.ts";

/** The demo: every lesson run side by side in one process. */
export const demoMessages = {
  "demo.title": {
    en: "socklab demo: every lesson, server and client side by side on {host}",
    es: "socklab demo: todas las lecciones, servidor y cliente lado a lado en {host}",
  },
  "demo.lesson": { en: "Lesson {number}: {title}", es: "Lección {number}: {title}" },
  "demo.server": { en: "server", es: "servidor" },
  "demo.client": { en: "client", es: "cliente" },
  "demo.client1": { en: "client 1", es: "cliente 1" },
  "demo.client2": { en: "client 2", es: "cliente 2" },
  "demo.client3": { en: "client 3", es: "cliente 3" },
  "demo.unexpected": {
    en: "{role} did not see what it should: {what}",
    es: "el {role} no vio lo que debía: {what}",
  },
  "demo.pass": { en: "PASS {title}", es: "PASS {title}" },
  "demo.fail": { en: "FAIL {title}: {reason}", es: "FAIL {title}: {reason}" },
  "demo.summary": {
    en: "{passed} of {total} lessons passed",
    es: "{passed} de {total} lecciones superadas",
  },
  "demo.noSuchLesson": {
    en: "demo: no lesson named '{name}' — the lessons are: {names}",
    es: "demo: no hay ninguna lección llamada «{name}»; las lecciones son: {names}",
  },
  "demo.missingLine": {
    en: "{role} never printed: {line}",
    es: "el {role} nunca imprimió: {line}",
  },
  "demo.exitCode": {
    en: "the {role} ended with exit code {code} instead of {expected}",
    es: "el {role} terminó con el código {code} en lugar de {expected}",
  },
  "demo.serverStuck": {
    en: "the server did not finish within {seconds} s",
    es: "el servidor no terminó en {seconds} s",
  },
} as const satisfies Messages;
