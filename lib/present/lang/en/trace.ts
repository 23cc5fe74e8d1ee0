/** --trace: what is not a socket call's own name. */
export const traceTexts = {
  // --trace: what is not a socket call's own name.
  "trace.halfClose": "half-close",
  "trace.tooLong": "too-long",
  "trace.drop": "drop",
  "trace.on": "on {address}",
  "trace.from": "from {address}",
  "trace.eof": "EOF",
  "trace.notAFile":
    "--trace-file {file}: not a regular file (a FIFO, a device, a folder?); name a file, or a new one",
  "trace.fileFailed":
    "--trace-file: {reason}; no more events are written to it, and socklab goes on",
  "trace.fileFull":
    "--trace-file {file} reached --trace-max ({max}); no more events are written to it, and socklab goes on",
} as const;
