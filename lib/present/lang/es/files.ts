import type { filesTexts as english } from "../en/files.ts";
import type { Texts } from "../texts.ts";

/** File transfer: what each side says, and the reasons a file is refused. */
export const filesTexts = {
  // File transfer: what each side says, and the reasons a file is refused.
  "file.serving": "Recibiendo archivos en {dir} (como mucho {max} cada uno{overwrite})",
  "file.overwriting": ", sobrescribiendo",
  "file.madeDir": "Creada la carpeta {dir} para recibir en ella",
  "file.removedParts":
    "Se {count|borró|borraron} {count} {count|archivo|archivos} a medio recibir que dejó en {dir} un receptor que no terminó (.socklab-*.part)",
  "file.incoming": "{peer} envía {name} ({size})",
  "file.saved": "Guardado {path} ({size}): tamaño y SHA-256 coinciden",
  "file.cutOff": "Se cortó un archivo de {peer}: {reason}",
  "file.refused": "Rechazado un archivo de {peer}: {reason}",
  "file.errBadHeader": 'la cabecera no es JSON con {"name", "size", "sha256"}',
  "file.errBadName": "«{name}» no deja un nombre de archivo utilizable",
  "file.errTooLarge": "{size} supera los {max} permitidos (--max-size)",
  "file.errExists": "{name} ya existe; el receptor necesita --overwrite para sustituirlo",
  "file.errIncomplete": "la conexión terminó tras {received} de {size}; no se guardó nada",
  "file.errCorrupt": "el SHA-256 de lo recibido no coincide con el del emisor; no se guardó nada",
  "file.errDisk": "no se pudo escribir el archivo: {reason}",
  "file.errInFlight": "{name} se está recibiendo ahora mismo de otro emisor",
  "file.errPartName":
    "«{name}» es como socklab llama a los archivos que aún está recibiendo; envíalo con otro nombre",
  "file.errTooSlow":
    "el archivo llegó a menos de {rate}/s durante {seconds} s y se cortó; no se guardó nada",
  "file.sending": "Enviando {name} ({size}, SHA-256 {sha256})",
  "file.accepted": "El receptor guardó {name}: tamaño y SHA-256 coinciden",
  "file.rejected": "El receptor no guardó el archivo: {reply}",
  "help.file-receive.summary":
    "recibe archivos: tamaño y SHA-256 comprobados antes de que el archivo tome su nombre; solo nombres seguros",
  "help.file-receive.protocol":
    'El emisor envía una línea JSON, {"name": …, "size": …, "sha256": …}; el receptor responde GO, o ERR código mensaje (too-large, exists, bad-name, bad-header). Después llegan exactamente size bytes; el receptor responde OK nombre cuando coinciden tamaño y SHA-256, o ERR incomplete / corrupt / disk.',
  "help.file-receive.watch":
    "Los bytes van a un archivo temporal oculto; solo cuando han llegado todos y su SHA-256 coincide se renombra con su nombre. Corta la conexión a medias: no aparece ningún archivo. Envía ../../etc/passwd: se guarda como passwd, dentro de --dir.",
  "help.file-receive.dir": "dónde se guardan los archivos recibidos",
  "help.file-receive.overwrite": "sustituye un archivo que ya exista (si no, se rechaza)",
  "help.file-receive.maxSize": "rechaza archivos más grandes, antes de escribir ningún byte",
  "help.file-receive.once": "termina tras el primer archivo",
  "help.file-send.summary":
    "envía un archivo a file-receive con su tamaño y SHA-256; termina con 1 si no se guardó entero",
  "help.file-send.watch":
    "TCP entrega los bytes de forma fiable y en orden; el SHA-256 lo demuestra de extremo a extremo. El archivo se lee dos veces (para calcular el hash y para enviarlo), nunca entero en memoria.",
  "help.file-send.path": "el archivo que se envía",
} as const satisfies Texts<typeof english>;
