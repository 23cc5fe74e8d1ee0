/** `socklab diagram`: the sequence diagram of a trace. */
export const diagramTexts = {
  // socklab diagram: the sequence diagram of a trace.
  "diagram.server": "server",
  "diagram.serverN": "server {n}",
  "diagram.client": "client {n}",
  "diagram.untraced": "not traced",
  "diagram.connect": "connect → accept",
  "diagram.accept": "accept",
  "diagram.listen": "listen",
  "diagram.bind": "bind",
  "diagram.close": "close",
  "diagram.halfClose": "shutdown(SHUT_WR): the end",
  "diagram.timeout": "timeout",
  "diagram.tooLong": "datagram too long: dropped by the OS",
  "diagram.reads": "(in {count} recv)",
  "diagram.backlogWait": "waits in the listen backlog: {seconds} s",
  "diagram.gap": "⋮ {seconds} s later",
  "diagram.lost": "never arrived",
  "diagram.dropped": "dropped on purpose (--drop)",
  "diagram.title": "Socket events of {files}",
  "diagram.legend": "How to read it",
  "diagram.legend.lifelines":
    "Each column is one socket, headed by the process it belongs to; time runs down the page, not to scale.",
  "diagram.legend.data": "A solid arrow: a write, ending at the recv that got its last byte.",
  "diagram.legend.end":
    "A dashed arrow: the end of a stream (close or shutdown), ending at the recv that returned b''.",
  "diagram.legend.lost":
    "An arrow ending in a cross: a datagram that never arrived, or was dropped on purpose.",
  "diagram.legend.wait":
    "A shaded bar: a client whose connect waited in the listen backlog until the server's accept.",
  "diagram.legend.gap": "⋮: a pause, shortened, with how long it was.",
  "diagram.events": "The events",
  "diagram.columns": "time|process|mode|event|local|remote|bytes|data",
  "diagram.noEvents": "{files}: no socket events to draw",
  "diagram.badLine": "{file}, line {line}: not a socklab trace record (made with --trace-file)",
  "diagram.missingField": '{file}, line {line}: the record has no "{field}" field',
  "diagram.textField": '{file}, line {line}: "{field}" must be text (a JSON string)',
  "diagram.badEvent": '{file}, line {line}: "event" must be one of {events}',
  "diagram.badTime":
    '{file}, line {line}: "time" must be a time as socklab writes it (2026-11-30T10:20:30.040123Z)',
  "diagram.badBytes": '{file}, line {line}: "bytes" must be a whole number, 0 or more',
  "diagram.longLine":
    "{file}, line {line}: longer than {size}, which no socklab trace record is; nothing was drawn",
  "diagram.tooManyEvents":
    "{file}, line {line}: more than {max} events, too many for one diagram; nothing was drawn. Draw a part of the trace: head -n {lines} FILE > part.jsonl",
  "diagram.tooLarge":
    "{file}, line {line}: the traces pass {size}, too much for one diagram; nothing was drawn. Draw a part of them: head -n 10000 FILE > part.jsonl",
  "diagram.written": "Diagram written to {path}",
  "diagram.badFormat": "the diagram's file must end in .svg, .html or .md, not '{path}'",
  "help.diagram.summary":
    "draw the sequence diagram of --trace-file traces: SVG, an HTML page, or Mermaid for Markdown",
  "help.diagram.watch":
    "Run a server and its clients with --trace-file (one file for all, or one each), then draw: every socket is a column, each write an arrow to the recv that got it. The stalling echo server shows its second client waiting for its echo until the first sends again; a datagram that never arrived ends in a cross.",
  "help.diagram.files": "the trace files, merged by time",
  "help.diagram.output":
    "write the diagram to this file: .svg, .html (with a legend and the events) or .md (Mermaid)",
  "help.diagram.output.unset": "Mermaid on standard output",
} as const;
