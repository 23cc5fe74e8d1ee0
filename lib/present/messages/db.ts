import type { Messages } from "../catalogue_types.ts";

/** The shared person database (seed 003 §2.4–§2.5) and its race lesson. */
export const dbMessages = {
  "db.errUnknownVerb": {
    en: "unknown verb '{verb}'; the verbs are {verbs}",
    es: "verbo desconocido «{verb}»; los verbos son {verbs}",
  },
  "db.help": {
    en: "one request per line; keys have no spaces, values are JSON objects; {verbs}",
    es:
      "una petición por línea; las claves no llevan espacios, los valores son objetos JSON; {verbs}",
  },
  "db.verb.add": {
    en: "adds a person under a new key (ERR exists if it is taken)",
    es: "da de alta a una persona con una clave nueva (ERR exists si ya existe)",
  },
  "db.verb.get": { en: "the person stored under the key", es: "la persona guardada con esa clave" },
  "db.verb.update": {
    en: "merges the fields given into the person, and returns it",
    es: "combina los campos dados con los de la persona, y la devuelve",
  },
  "db.verb.del": { en: "deletes the person", es: "da de baja a la persona" },
  "db.verb.list": {
    en: "the keys, sorted, as a JSON array; only those starting with the prefix if one is given",
    es: "las claves, ordenadas, como array JSON; solo las que empiezan por el prefijo si se da",
  },
  "db.verb.incr": {
    en: "adds n to a numeric field (a missing one counts as 0), and returns the new value",
    es: "suma n a un campo numérico (uno que falte cuenta como 0), y devuelve el nuevo valor",
  },
  "db.verb.help": { en: "the verbs", es: "los verbos" },
  "db.verb.quit": {
    en: "the server says goodbye and closes the connection",
    es: "el servidor se despide y cierra la conexión",
  },
  "db.errExists": {
    en: "there is already a record with key '{key}'; change it with UPDATE",
    es: "ya existe un registro con clave «{key}»; modifícalo con MODIFICA",
  },
  "db.errNotFound": {
    en: "there is no record with key '{key}'",
    es: "no existe ningún registro con clave «{key}»",
  },
  "db.errBadRequest": { en: "the form is: {usage}", es: "la forma es: {usage}" },
  "db.errBadKey": {
    en: "a key is 1 to {max} characters with no spaces",
    es: "una clave tiene de 1 a {max} caracteres, sin espacios",
  },
  "db.errBadJson": {
    en: 'the value is not valid JSON, e.g. {"name": "Ana", "age": 30}',
    es: 'el valor no es JSON válido, por ejemplo {"nombre": "Ana", "edad": 30}',
  },
  "db.errNotAnObject": {
    en: 'the value must be a JSON object, between braces: {"age": 30}',
    es: 'el valor debe ser un objeto JSON, entre llaves: {"edad": 30}',
  },
  "db.errNotANumber": {
    en: "the field '{field}' does not hold a number (or the sum is out of range)",
    es: "el campo «{field}» no contiene un número (o la suma se sale de rango)",
  },
  "db.serving": {
    en: "Person database, {locking} locking, {latency} ms of storage latency, records {where}",
    es:
      "Base de datos de personas, bloqueo {locking}, {latency} ms de latencia de almacenamiento, registros {where}",
  },
  "db.inMemory": { en: "in memory", es: "en memoria" },
  "db.inFile": { en: "in {path}", es: "en {path}" },
  "db.request": {
    en: "{peer} {verb} {key} → {outcome}",
    es: "{peer} {verb} {key} → {outcome}",
  },
  "db.race.plan": {
    en: "{clients} clients × {ops} INCR on {keys}: {expected} increments expected per run",
    es:
      "{clients} clientes × {ops} SUMA sobre {keys}: se esperan {expected} incrementos por ejecución",
  },
  "db.race.sharedKey": { en: "one shared record", es: "un mismo registro" },
  "db.race.distinctKeys": {
    en: "one record per client",
    es: "un registro por cliente",
  },
  "db.race.columns": {
    en: "locking|expected|actual|lost|time",
    es: "bloqueo|esperado|real|perdidos|tiempo",
  },
  "db.race.lost": {
    en:
      "{locking}: updates were lost: without locks, two clients read the same value and both write it back plus one",
    es:
      "{locking}: se perdieron actualizaciones: sin bloqueos, dos clientes leen el mismo valor y ambos escriben ese valor más uno",
  },
  "db.race.noneLucky": {
    en:
      "{locking}: no update was lost this time; raise --latency to widen the gap between read and write",
    es:
      "{locking}: esta vez no se perdió ninguna actualización; sube --latency para ensanchar el hueco entre lectura y escritura",
  },
  "db.race.noneDistinct": {
    en: "{locking}: nothing lost, since no two clients touch the same record",
    es: "{locking}: no se perdió nada, porque ningún par de clientes toca el mismo registro",
  },
  "db.race.exact": {
    en: "{locking}: no update lost",
    es: "{locking}: no se perdió ninguna actualización",
  },
  "db.race.broken": {
    en: "{locking}: {lost} updates lost even with locks — the server's locking is broken",
    es:
      "{locking}: se perdieron {lost} actualizaciones aun con bloqueos: el bloqueo del servidor falla",
  },
  "db.race.failed": {
    en: "the race could not run: {reply}",
    es: "la carrera no pudo ejecutarse: {reply}",
  },
} as const satisfies Messages;
