/** The HTTP mirror: HTTP is text over a TCP connection. */
export const httpTexts = {
  // The HTTP mirror: HTTP is text over a TCP connection.
  "http.serving":
    "HTTP mirror: every request is answered with exactly what arrived over its connection (no files are served)",
  "http.request": "{peer} {method} {target} → {status} ({type}, {bytes})",
  "http.refused": "{peer} → {status}: {reason}",
  "http.title": "What arrived over the socket",
  "http.from":
    "A TCP connection from {peer} to {local} carried these {bytes}. HTTP is just this text: a request line, headers, a blank line. Each line ends in \\r\\n.",
  "http.bodyNotShown": "(and a body of {bytes}, too long to show)",
  "http.tooLong": "the request head is longer than {limit} bytes",
  "http.notHttp": "this is not an HTTP request: the first line must look like GET / HTTP/1.1",
  "help.http-server.summary":
    "HTTP mirror: a browser or curl gets back exactly the bytes its request sent (serves no files)",
  "help.http-server.watch":
    "Open http://127.0.0.1:8000/hola in a browser, then run curl http://127.0.0.1:8000/hola: the browser sends many more headers. A browser gets an HTML page, curl plain text, by the Accept header.",
  "help.http-server.maxHead":
    "the largest request head accepted; a larger one gets 431 and the connection is closed",
} as const;
