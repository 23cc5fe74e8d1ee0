import type { Messages } from "../catalogue_types.ts";

/** `socklab bench`: load a server and measure it. */
export const benchMessages = {
  "bench.plan": {
    en:
      "bench {protocol} → {target}: {connections} connections × {size} B requests, pipeline {pipeline}, {length}",
    es:
      "bench {protocol} → {target}: {connections} conexiones × peticiones de {size} B, pipeline {pipeline}, {length}",
  },
  "bench.forSeconds": { en: "{seconds} s", es: "{seconds} s" },
  "bench.forRequests": { en: "{requests} requests", es: "{requests} peticiones" },
  "bench.warmup": { en: " after {seconds} s of warm-up", es: " tras {seconds} s de calentamiento" },
  "bench.totals": {
    en:
      "requests: {requests} in {seconds} s = {rate} requests/s; errors: {errors}; {bytes} in and out",
    es:
      "peticiones: {requests} en {seconds} s = {rate} peticiones/s; errores: {errors}; {bytes} de ida y vuelta",
  },
  "bench.latency": {
    en: "latency (ms): p50 {p50}  p90 {p90}  p99 {p99}  p99.9 {p999}  max {max}  mean {mean}",
    es: "latencia (ms): p50 {p50}  p90 {p90}  p99 {p99}  p99.9 {p999}  máx {max}  media {mean}",
  },
  "bench.progress": {
    en: "{seconds} s  {requests} requests  {rate}/s",
    es: "{seconds} s  {requests} peticiones  {rate}/s",
  },
  "bench.throughputPlan": {
    en: "bench throughput → {target}: one connection, 64 KiB writes, {seconds} s",
    es: "bench throughput → {target}: una conexión, escrituras de 64 KiB, {seconds} s",
  },
  "bench.throughput": {
    en: "echoed {bytes} in {seconds} s = {rate}",
    es: "eco de {bytes} en {seconds} s = {rate}",
  },
  "bench.nothing": {
    en: "no request was answered: is a {protocol} server listening on {target}?",
    es: "no se respondió ninguna petición: ¿hay un servidor {protocol} escuchando en {target}?",
  },
  "bench.setupFailed": {
    en: "could not prepare the record to GET: {reply}",
    es: "no se pudo preparar el registro para GET: {reply}",
  },
} as const satisfies Messages;
