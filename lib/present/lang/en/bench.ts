/** `socklab bench`: load a server and measure it. */
export const benchTexts = {
  "help.group.perf": "Measuring servers: requests per second, latency, throughput",
  // `socklab bench`: load a server and measure it.
  "bench.plan":
    "bench {protocol} → {target}: {connections} {connections|connection|connections} × {size} B requests, pipeline {pipeline}, {length}",
  "bench.forSeconds": "{seconds} s",
  "bench.forRequests": "{requests} {requests|request|requests}",
  "bench.warmup": " after {seconds} s of warm-up",
  "bench.totals":
    "requests: {requests} in {seconds} s = {rate} requests/s; errors: {errors}; {bytes} in and out",
  "bench.latency":
    "latency (ms): p50 {p50}  p90 {p90}  p99 {p99}  p99.9 {p999}  max {max}  mean {mean}",
  "bench.progress": "{seconds} s  {requests} {requests|request|requests}  {rate}/s",
  "bench.throughputPlan": "bench throughput → {target}: one connection, 64 KiB writes, {seconds} s",
  "bench.throughput": "echoed {bytes} in {seconds} s = {rate}",
  "bench.nothing": "no request was answered: is a {protocol} server listening on {target}?",
  "bench.setupFailed": "could not prepare the record to GET: {reply}",
  "bench.partial": "partial results: the run was interrupted before the end",
  "help.bench.summary":
    "loads a running server: requests/s, errors, latency percentiles and histogram; or bulk MB/s",
  "help.bench.watch":
    "Compare echo-server with and without --blocking, or db-server with each --locking, under the same load. --pipeline sends several requests before waiting: watch requests/s rise while each one's latency grows.",
  "help.bench.protocol":
    "what each connection repeats: raw bytes (echo), UPPER … (text), GET key (db), a datagram (udp-server --echo)",
  "help.bench.port": "the server's port",
  "help.bench.port.unset": "the port of that protocol's socklab server",
  "help.bench.connections": "connections (or UDP sockets) at once",
  "help.bench.duration": "how long to measure",
  "help.bench.requests": "measure this many requests instead of a duration",
  "help.bench.size": "bytes in each request",
  "help.bench.pipeline": "requests in flight per connection",
  "help.bench.warmup": "load without measuring first, for this long",
  "help.bench.throughput":
    "stream bulk data through an echo server on one connection and report MB/s",
  "help.bench.json": "print one JSON object with the results instead",
  "why.bench.requests-duration": "a run is measured either by time or by count",
  "why.bench.unix-protocol": "UDP has no Unix stream socket",
} as const;
