import type { dbTexts as english } from "../en/db.ts";
import type { Texts } from "../texts.ts";

/** The shared person database and its race lesson: db-server, db-client, db-race. */
export const dbTexts = {
  "help.group.db": "Base de datos de personas compartida: altas, bajas, errores, bloqueos",
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
} as const satisfies Texts<typeof english>;
