import type { exerciseTexts as english } from "../en/exercises.ts";
import type { Texts } from "../texts.ts";

/** Los textos de los ejercicios que trae check: títulos, pistas y notas de cada etapa. */
export const exerciseTexts = {
  "exercise.hello.title":
    "el intercambio TCP de una vez: conectar, enviar, recibir respuesta, cerrar",
  "exercise.hello.stages.0.title": "acepta una conexión",
  "exercise.hello.stages.1.title": "responde a un mensaje por esa conexión",
  "exercise.hello.stages.1.hint":
    "tras recv, el servidor debe devolver algo (sendall) antes de cerrar",
  "exercise.hello.stages.2.title": "cierra la conexión al terminar",
  "exercise.hello.stages.2.hint":
    "cierra el socket del cliente tras responder (conn.close()), o el cliente espera para siempre",

  "exercise.udp-ack.title": "UDP con acuse de recibo: cada datagrama recibe respuesta",
  "exercise.udp-ack.stages.0.title": "acusa recibo de un datagrama",
  "exercise.udp-ack.stages.0.hint":
    "responde con sendto(respuesta, dirección), a la dirección que devolvió recvfrom",
  "exercise.udp-ack.stages.1.title":
    "acusa recibo a cada uno de 10 clientes, a su propia dirección",
  "exercise.udp-ack.stages.1.hint":
    "cada respuesta va a la dirección de su propio datagrama, no a la del primer cliente",

  "exercise.udp-send.title": "UDP sin respuesta: un servidor que recibe datagramas",
  "exercise.udp-send.stages.0.title": "hay un socket enlazado al puerto (en esta máquina)",
  "exercise.udp-send.stages.0.hint":
    "el servidor debe hacer bind((host, puerto)) antes de esperar en recvfrom; quien envía por UDP nunca ve un rechazo",

  "exercise.until-crlf.title": "leer hasta \\r\\n: una petición está completa llegue como llegue",
  "exercise.until-crlf.stages.0.title": "no responde antes de que llegue el \\r\\n",
  "exercise.until-crlf.stages.0.hint":
    "el servidor respondió a media petición: sigue leyendo hasta que los datos terminen en \\r\\n",
  "exercise.until-crlf.stages.1.title": "sigue leyendo mientras la petición llega byte a byte",
  "exercise.until-crlf.stages.1.hint":
    "un recv devuelve lo que haya llegado, aunque sea un byte: repite recv hasta que todo lo leído termine en \\r\\n",
  "exercise.until-crlf.stages.2.title": "responde cuando llega el \\r\\n, con una línea completa",
  "exercise.until-crlf.stages.2.hint":
    "no hubo respuesta tras el \\r\\n, enviado byte a byte: compara el final de todo lo leído (buffer[-2:]), no el del último recv",

  "exercise.echo.title": "el eco: cada byte vuelve, completo y sin cambios",
  "exercise.echo.stages.0.title": "devuelve un mensaje sin cambios",
  "exercise.echo.stages.0.hint":
    "devuelve exactamente los bytes que llegaron: sin añadir nada (ni \\n) ni cambiar nada",
  "exercise.echo.stages.1.title":
    "mensajes de 1 a 4096 bytes por una conexión, cada uno devuelto sin cambios",
  "exercise.echo.stages.1.hint":
    "un eco devuelve lo que llegue, enseguida: también un mensaje de un byte y sin \\r\\n, y uno largo en tantos recv como haga falta",
  "exercise.echo.stages.2.title": "64 KiB en un solo mensaje vuelven completos",
  "exercise.echo.stages.2.hint":
    "un recv devuelve como mucho su búfer (recv(1024): 1024 bytes): sigue recibiendo y devolviendo hasta que el cliente cierre, y envía con sendall",

  "exercise.upper.title":
    "el servicio de mayúsculas, en su forma mínima: una petición, su respuesta",
  "exercise.upper.stages.0.title":
    "responde a hola ñandú en mayúsculas por la misma conexión: HOLA …",
  "exercise.upper.stages.0.hint":
    "devuelve data.upper() de lo que devolvió recv, por la misma conexión",
  "exercise.upper.stages.1.title": "también pasa a mayúsculas las letras con tilde: ñandú → ÑANDÚ",
  "exercise.upper.stages.1.hint":
    "decodifica los bytes como UTF-8 antes de pasarlos a mayúsculas (data.decode().upper()), y codifica la respuesta",

  "exercise.upper-many.title": "muchas peticiones por una conexión, hasta que el cliente se va",
  "exercise.upper-many.stages.0.title": "responde a tres peticiones por una misma conexión",
  "exercise.upper-many.stages.0.hint":
    "devuelve data.upper() de lo que devolvió recv, por la misma conexión",
  "exercise.upper-many.stages.0.steps.4.hint":
    "el servidor respondió una vez y paró: pon recv y send en un bucle, por conexión",
  "exercise.upper-many.stages.1.title":
    "detecta que el cliente se va (un recv vacío) y cierra su lado",
  "exercise.upper-many.stages.1.hint":
    "recv devuelve b'' cuando el cliente ha cerrado: sal entonces del bucle y cierra la conexión",
  "exercise.upper-many.stages.1.steps.3.hint":
    "el servidor cerró la conexión tras una respuesta, antes de que el cliente se fuera: mantenla abierta, en un bucle, hasta que recv devuelva b''",
  "exercise.upper-many.stages.2.title": "atiende al siguiente cliente cuando uno se ha ido",
  "exercise.upper-many.stages.2.hint": "cuando un cliente se va, vuelve a accept para el siguiente",

  "exercise.text-service.title":
    "el servicio de texto: mayúsculas, minúsculas e invertir, una línea por petición",
  "exercise.text-service.stages.0.title": "MAYUS y MINUS, con tildes y ß: OK y el texto",
  "exercise.text-service.stages.0.hint":
    "una petición por línea (VERBO texto), una línea de respuesta por petición: OK y el resultado. Decodifica los bytes como UTF-8 y usa upper() y lower() del texto",
  "exercise.text-service.stages.1.title": "INVERTIR invierte por caracteres: señor → roñes",
  "exercise.text-service.stages.1.hint":
    "invierte el texto decodificado (texto[::-1]), no sus bytes: los bytes UTF-8 al revés no son UTF-8",
  "exercise.text-service.stages.2.title":
    "diez peticiones por una conexión, cada una respondida en orden",
  "exercise.text-service.stages.2.hint":
    "atiende a un cliente en bucle: lee una petición, respóndela, lee la siguiente, hasta que recv devuelva b''",
  "exercise.text-service.stages.3.title": "un verbo desconocido recibe ERR, y la conexión sigue",
  "exercise.text-service.stages.3.steps.2.hint":
    "responde a una petición que no entiendes con una línea que empiece por ERR",
  "exercise.text-service.stages.3.steps.4.hint":
    "la respuesta ERR era correcta, y después la conexión terminó: tras cualquier respuesta, también de error, sigue leyendo las peticiones del cliente",
  "exercise.text-service.stages.4.title":
    "las peticiones en blanco reciben respuesta, y la conexión sigue",
  "exercise.text-service.stages.4.steps.2.hint":
    "una línea vacía, o de espacios, no tiene verbo: texto.split()[0] lanza IndexError y termina el hilo. Compruébalo y responde ERR",
  "exercise.text-service.stages.4.steps.4.hint":
    "la petición en blanco recibió respuesta, y después la conexión terminó: tras cualquier respuesta, sigue leyendo las peticiones del cliente",
  "exercise.text-service.stages.4.steps.7.hint":
    "una línea vacía, o de espacios, no tiene verbo: texto.split()[0] lanza IndexError y termina el hilo. Compruébalo y responde ERR",
  "exercise.text-service.stages.4.steps.9.hint":
    "la petición en blanco recibió respuesta, y después la conexión terminó: tras cualquier respuesta, sigue leyendo las peticiones del cliente",
  "exercise.text-service.stages.5.title":
    "los emoji con tono de piel se invierten enteros: 👍🏽 sigue siendo 👍🏽 (opcional, sin puntos)",
  "exercise.text-service.stages.5.hint":
    "👍🏽 son dos puntos de código, un pulgar y un tono de piel: invertido punto a punto (como hace texto[::-1] de Python), el tono queda delante. Invertir lo que un lector ve como caracteres (grupos de grafemas) lo mantiene entero",

  "exercise.concurrent.title":
    "atender clientes a la vez: un cliente callado no detiene a los demás",
  "exercise.concurrent.stages.0.title":
    "atiende a un segundo cliente mientras el primero no dice nada",
  "exercise.concurrent.stages.0.hint":
    "se atasca: atiende a un cliente cada vez, y el segundo esperó mientras el primero callaba. Da a cada cliente aceptado su propio hilo (o tarea) y vuelve a accept enseguida",
  "exercise.concurrent.stages.1.title": "50 clientes conectados a la vez, todos atendidos",
  "exercise.concurrent.stages.1.hint":
    "algunos clientes no recibieron respuesta mientras otros seguían conectados: un hilo (o tarea) por cliente, y vuelta a accept enseguida",
  "exercise.concurrent.stages.1.note":
    "los 50 clientes se conectaron uno tras otro, cada uno recibió una respuesta, y después todos enviaron en el mismo instante y todos fueron respondidos",

  "exercise.db.title":
    "la base de datos de personas compartida: alta, consulta, modificación, baja y los errores",
  "exercise.db.stages.0.title": "da de alta a una persona y la consulta",
  "exercise.db.stages.0.hint":
    "una petición por línea, una línea de respuesta por petición: OK [resultado] o ERR código palabras",
  "exercise.db.stages.1.title": "modifica un registro",
  "exercise.db.stages.1.hint":
    "MODIFICA mezcla en el registro los campos dados y responde OK con el registro",
  "exercise.db.stages.2.title": "rechaza dar de alta dos veces la misma clave",
  "exercise.db.stages.2.hint":
    "un ALTA de una clave que ya existe no debe sobrescribirla: responde ERR exists",
  "exercise.db.stages.3.title": "dar de baja lo que no existe es un error, y la conexión sigue",
  "exercise.db.stages.3.hint":
    "no hubo respuesta a un BAJA de una clave que falta: ¿terminó con una excepción el hilo que atiende a este cliente (mira el terminal del servidor), o espera un cerrojo que nadie libera?",
  "exercise.db.stages.3.steps.2.hint":
    "un BAJA de una clave que falta debe responder ERR not-found: comprueba que la clave existe (o captura el KeyError) en lugar de dejar que termine el hilo",
  "exercise.db.stages.3.steps.4.hint":
    "tras una respuesta de error, hay que seguir atendiendo al mismo cliente: respóndele y sigue leyendo sus peticiones",
  "exercise.db.stages.4.title": "da de baja un registro",
  "exercise.db.stages.4.hint":
    "no hubo respuesta por una conexión nueva: ¿sigue tomado un cerrojo por un hilo que se detuvo entre acquire y release? Usa `with cerrojo:` para que se libere siempre",

  "exercise.db-locking.title":
    "bloqueos: las actualizaciones de un registro desde muchos clientes a la vez nunca se pierden",
  "exercise.db-locking.stages.0.title": "da de alta la cuenta compartida",
  "exercise.db-locking.stages.1.title":
    "30 clientes × 10 SUMA a la vez, ronda tras ronda: no se pierde ninguna actualización",
  "exercise.db-locking.stages.1.hint":
    "dos clientes leyeron el mismo saldo y ambos escribieron ese valor más uno: mantén un cerrojo (por registro, o uno para todo) desde la lectura hasta la escritura",
  "exercise.db-locking.stages.1.note":
    "{rounds} × 300 incrementos desde 30 clientes a la vez, sin perder ninguno. Un servidor sin cerrojos puede pasar igualmente si nada se detiene entre su lectura y su escritura",
  "exercise.db-locking.stages.2.title": "da de baja la cuenta compartida",
} as const satisfies Texts<typeof english>;
