import type { Text } from "../present/lang.ts";

/** The lessons the modes are grouped under in `socklab --help`, in course order. */
export const LESSON_GROUPS = {
  tcp: {
    en: "Blocking TCP: one message, a reply, reading in chunks (seeds 000, 001, 002, 004)",
    es: "TCP bloqueante: un mensaje, una respuesta, leer por trozos (seeds 000, 001, 002, 004)",
  },
  echo: {
    en: "Echo servers: the loop that stalls, and one task per client (seeds 001, 003)",
    es: "Servidores eco: el bucle que se atasca, y una tarea por cliente (seeds 001, 003)",
  },
  text: {
    en: "Text services: many requests per connection, many clients at once (seed 003 §1.5–§2.3)",
    es:
      "Servicios de texto: muchas peticiones por conexión, muchos clientes a la vez (seed 003 §1.5–§2.3)",
  },
  db: {
    en: "A shared person database: add, change, delete, errors, locking (seed 003 §2.4–§2.5)",
    es:
      "Base de datos de personas compartida: altas, bajas, errores, bloqueos (seed 003 §2.4–§2.5)",
  },
  udp: {
    en: "UDP with acknowledgement, and what happens when datagrams are lost (seeds 002, 004)",
    es: "UDP con acuse de recibo, y qué pasa cuando se pierden datagramas (seeds 002, 004)",
  },
  apps: {
    en: "Applications over sockets: chat, file transfer, a browser's request (seeds 000, 001, 002)",
    es:
      "Aplicaciones sobre sockets: chat, archivos, la petición de un navegador (seeds 000, 001, 002)",
  },
  tools: {
    en:
      "Network tools: is anything listening? which address do classmates use? (seeds 003 §1.4, 004)",
    es:
      "Herramientas de red: ¿hay algo escuchando? ¿qué dirección usan los compañeros? (seeds 003 §1.4, 004)",
  },
  perf: {
    en: "Measuring servers: requests per second, latency, throughput",
    es: "Medir servidores: peticiones por segundo, latencia, caudal",
  },
  tour: {
    en: "Every lesson at once",
    es: "Todas las lecciones de una vez",
  },
} as const satisfies Record<string, Text>;

export type LessonGroupId = keyof typeof LESSON_GROUPS;
