import type { benchTexts as english } from "../en/bench.ts";
import type { Texts } from "../texts.ts";

/** `socklab bench`: load a server and measure it. */
export const benchTexts = {
  "help.group.perf": "Medir servidores: peticiones por segundo, latencia, caudal",
  // `socklab bench`: load a server and measure it.
  "bench.plan":
    "bench {protocol} → {target}: {connections} {connections|conexión|conexiones} × peticiones de {size} B, pipeline {pipeline}, {length}",
  "bench.forSeconds": "{seconds} s",
  "bench.forRequests": "{requests} {requests|petición|peticiones}",
  "bench.warmup": " tras {seconds} s de calentamiento",
  "bench.totals":
    "peticiones: {requests} en {seconds} s = {rate} peticiones/s; errores: {errors}; {bytes} de ida y vuelta",
  "bench.latency":
    "latencia (ms): p50 {p50}  p90 {p90}  p99 {p99}  p99,9 {p999}  máx {max}  media {mean}",
  "bench.progress": "{seconds} s  {requests} {requests|petición|peticiones}  {rate}/s",
  "bench.throughputPlan":
    "bench throughput → {target}: una conexión, escrituras de 64 KiB, {seconds} s",
  "bench.throughput": "eco de {bytes} en {seconds} s = {rate}",
  "bench.nothing":
    "no se respondió ninguna petición: ¿hay un servidor {protocol} escuchando en {target}?",
  "bench.setupFailed": "no se pudo preparar el registro para GET: {reply}",
  "bench.partial": "resultados parciales: la medida se interrumpió antes de terminar",
  "help.bench.summary":
    "carga un servidor en marcha: peticiones/s, errores, percentiles e histograma de latencia; o MB/s en bloque",
  "help.bench.watch":
    "Compara echo-server con y sin --blocking, o db-server con cada --locking, con la misma carga. --pipeline envía varias peticiones antes de esperar: observa cómo suben las peticiones/s mientras crece la latencia de cada una.",
  "help.bench.protocol":
    "lo que repite cada conexión: bytes (echo), MAYUS … (text), CONSULTA clave (db), un datagrama (udp-server --echo)",
  "help.bench.port": "el puerto del servidor",
  "help.bench.port.unset": "el del servidor de socklab de ese protocolo",
  "help.bench.connections": "conexiones (o sockets UDP) a la vez",
  "help.bench.duration": "cuánto tiempo medir",
  "help.bench.requests": "mide este número de peticiones en lugar de un tiempo",
  "help.bench.size": "bytes de cada petición",
  "help.bench.pipeline": "peticiones en curso por conexión",
  "help.bench.warmup": "carga sin medir durante este tiempo antes de empezar",
  "help.bench.throughput":
    "envía datos en bloque a través de un servidor eco por una conexión y muestra MB/s",
  "help.bench.json": "muestra en su lugar un objeto JSON con los resultados",
  "why.bench.requests-duration": "una ejecución se mide o por tiempo o por número de peticiones",
  "why.bench.unix-protocol": "UDP no tiene socket Unix de flujo",
} as const satisfies Texts<typeof english>;
