import type { traceTexts as english } from "../en/trace.ts";
import type { Texts } from "../texts.ts";

/** --trace: what is not a socket call's own name. */
export const traceTexts = {
  // --trace: lo que no es el nombre de una llamada del socket.
  "trace.halfClose": "medio cierre",
  "trace.tooLong": "muy largo",
  "trace.drop": "descarte",
  "trace.on": "en {address}",
  "trace.from": "desde {address}",
  "trace.eof": "fin del flujo",
  "trace.notAFile":
    "--trace-file {file}: no es un archivo normal (¿una FIFO, un dispositivo, una carpeta?); indica un archivo, o uno nuevo",
  "trace.fileFailed": "--trace-file: {reason}; no se escriben más eventos en él, y socklab sigue",
  "trace.fileFull":
    "--trace-file {file} llegó a --trace-max ({max}); no se escriben más eventos en él, y socklab sigue",
} as const satisfies Texts<typeof english>;
