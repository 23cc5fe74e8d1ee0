/** The demo: every lesson run side by side in one process. */
export const demoTexts = {
  "help.group.tour": "Every lesson at once",
  // The demo: every lesson run side by side in one process.
  "demo.title": "socklab demo: every lesson, server and client side by side on {host}",
  "demo.lesson": "Lesson {number}: {title}",
  "demo.server": "server",
  "demo.proxy": "proxy",
  "demo.client": "client",
  "demo.client1": "client 1",
  "demo.client2": "client 2",
  "demo.client3": "client 3",
  "demo.httpFetch": "here socklab makes this request itself (fetch), as curl would",
  "demo.unexpected": "{role} did not see what it should: {what}",
  "demo.pass": "PASS {title}",
  "demo.fail": "FAIL {title}: {reason}",
  "demo.interrupted": "Interrupted (Ctrl+C) during '{title}': the lessons after it did not run",
  "demo.interruptedLast": "Interrupted (Ctrl+C) during '{title}'",
  "why.demo.traceFile-diagrams": "--diagrams keeps each lesson's trace file beside its drawing",
  "demo.summary": "{passed} of {total} {total|lesson|lessons} passed",
  "demo.noSuchLesson": "demo: no lesson named '{name}' — the lessons are: {names}",
  "demo.missingLine": "{role} never printed: {line}",
  "demo.exitCode": "the {role} ended with exit code {code} instead of {expected}",
  "demo.serverStuck": "the server did not finish within {seconds} s",
  "lesson.chat": "Three people chat",
  "lesson.file": "Sending a file, checked end to end with SHA-256",
  "lesson.http": "A web request is text over a socket",
  "help.demo.summary":
    "runs every lesson, server and client side by side, with PASS/FAIL per lesson — start here",
  "help.demo.watch":
    "Each line says who printed it. The commands above each lesson are what you would type in two terminals to do the same by hand.",
  "help.demo.port":
    "run every lesson's server on this port, to watch the traffic in Wireshark (filter tcp.port == PORT or udp.port == PORT)",
  "help.demo.port.unset": "a free port for each lesson",
  "help.demo.timeout": "how long one lesson may take before it fails",
  "help.demo.diagrams":
    "also write each lesson's socket events (.jsonl) and its sequence diagram (.svg) into this folder",
  "help.demo.lesson": "run only this lesson",
} as const;
