/** The lessons `socklab --help` groups the modes under, in course order. In Spanish. */
export const groups = {
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
} as const;
