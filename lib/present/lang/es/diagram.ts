import type { diagramTexts as english } from "../en/diagram.ts";
import type { Texts } from "../texts.ts";

/** `socklab diagram`: the sequence diagram of a trace. */
export const diagramTexts = {
  // socklab diagram: el diagrama de secuencia de una traza.
  "diagram.server": "servidor",
  "diagram.serverN": "servidor {n}",
  "diagram.client": "cliente {n}",
  "diagram.untraced": "sin traza",
  "diagram.connect": "connect → accept",
  "diagram.accept": "accept",
  "diagram.listen": "listen",
  "diagram.bind": "bind",
  "diagram.close": "close",
  "diagram.halfClose": "shutdown(SHUT_WR): fin",
  "diagram.timeout": "timeout",
  "diagram.tooLong": "datagrama demasiado largo: el sistema lo descartó",
  "diagram.reads": "(en {count} recv)",
  "diagram.backlogWait": "espera en el backlog de listen: {seconds} s",
  "diagram.gap": "⋮ {seconds} s después",
  "diagram.lost": "nunca llegó",
  "diagram.dropped": "descartado a propósito (--drop)",
  "diagram.title": "Eventos de socket de {files}",
  "diagram.legend": "Cómo leerlo",
  "diagram.legend.lifelines":
    "Cada columna es un socket, encabezado por el proceso al que pertenece; el tiempo avanza hacia abajo, sin escala.",
  "diagram.legend.data":
    "Una flecha continua: un write, que acaba en el recv que recibió su último byte.",
  "diagram.legend.end":
    "Una flecha discontinua: el fin de un flujo (close o shutdown), que acaba en el recv que devolvió b''.",
  "diagram.legend.lost":
    "Una flecha que acaba en una cruz: un datagrama que nunca llegó, o que se descartó a propósito.",
  "diagram.legend.wait":
    "Una barra sombreada: un cliente cuyo connect esperó en el backlog de listen hasta el accept del servidor.",
  "diagram.legend.gap": "⋮: una pausa, acortada, con lo que duró.",
  "diagram.events": "Los eventos",
  "diagram.columns": "hora|proceso|modo|evento|local|remoto|bytes|datos",
  "diagram.noEvents": "{files}: no hay eventos de socket que dibujar",
  "diagram.badLine":
    "{file}, línea {line}: no es un registro de traza de socklab (hecho con --trace-file)",
  "diagram.missingField": "{file}, línea {line}: al registro le falta el campo «{field}»",
  "diagram.textField": "{file}, línea {line}: «{field}» debe ser texto (una cadena JSON)",
  "diagram.badEvent": "{file}, línea {line}: «event» debe ser uno de {events}",
  "diagram.badTime":
    "{file}, línea {line}: «time» debe ser una hora como la escribe socklab (2026-11-30T10:20:30.040123Z)",
  "diagram.badBytes": "{file}, línea {line}: «bytes» debe ser un número entero, 0 o más",
  "diagram.longLine":
    "{file}, línea {line}: pasa de {size}, y ningún registro de traza de socklab es tan largo; no se dibujó nada",
  "diagram.tooManyEvents":
    "{file}, línea {line}: más de {max} eventos, demasiados para un diagrama; no se dibujó nada. Dibuja una parte de la traza: head -n {lines} ARCHIVO > parte.jsonl",
  "diagram.tooLarge":
    "{file}, línea {line}: las trazas pasan de {size}, demasiado para un diagrama; no se dibujó nada. Dibuja una parte: head -n 10000 ARCHIVO > parte.jsonl",
  "diagram.written": "Diagrama escrito en {path}",
  "diagram.badFormat": "el archivo del diagrama debe terminar en .svg, .html o .md, no «{path}»",
  "help.diagram.summary":
    "dibuja el diagrama de secuencia de trazas de --trace-file: SVG, una página HTML o Mermaid para Markdown",
  "help.diagram.watch":
    "Ejecuta un servidor y sus clientes con --trace-file (un archivo para todos, o uno cada uno) y dibuja: cada socket es una columna, cada write una flecha hasta el recv que lo recibió. El servidor eco que se atasca muestra a su segundo cliente esperando su eco hasta que el primero vuelve a escribir; un datagrama que nunca llegó acaba en una cruz.",
  "help.diagram.files": "los archivos de traza, combinados por hora",
  "help.diagram.output":
    "escribe el diagrama en este archivo: .svg, .html (con leyenda y los eventos) o .md (Mermaid)",
  "help.diagram.output.unset": "Mermaid por la salida estándar",
} as const satisfies Texts<typeof english>;
