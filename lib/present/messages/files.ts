import type { Messages } from "../catalogue_types.ts";

/** File transfer: what each side says, and the reasons a file is refused. */
export const fileMessages = {
  "file.serving": {
    en: "Receiving files into {dir} (at most {max} each{overwrite})",
    es: "Recibiendo archivos en {dir} (como mucho {max} cada uno{overwrite})",
  },
  "file.overwriting": { en: ", overwriting", es: ", sobrescribiendo" },
  "file.noDir": {
    en: "{dir} is not a directory: create it first, or choose another with --dir",
    es: "{dir} no es un directorio: créalo primero o elige otro con --dir",
  },
  "file.incoming": {
    en: "{peer} sends {name} ({size})",
    es: "{peer} envía {name} ({size})",
  },
  "file.saved": {
    en: "Saved {path} ({size}): size and SHA-256 match",
    es: "Guardado {path} ({size}): tamaño y SHA-256 coinciden",
  },
  "file.refused": {
    en: "Refused a file from {peer}: {reason}",
    es: "Rechazado un archivo de {peer}: {reason}",
  },
  "file.errBadHeader": {
    en: 'the header is not {"name", "size", "sha256"} JSON',
    es: 'la cabecera no es JSON con {"name", "size", "sha256"}',
  },
  "file.errBadName": {
    en: "'{name}' leaves no usable file name",
    es: "«{name}» no deja un nombre de archivo utilizable",
  },
  "file.errTooLarge": {
    en: "{size} is more than the {max} allowed (--max-size)",
    es: "{size} supera los {max} permitidos (--max-size)",
  },
  "file.errExists": {
    en: "{name} already exists; the receiver needs --overwrite to replace it",
    es: "{name} ya existe; el receptor necesita --overwrite para sustituirlo",
  },
  "file.errIncomplete": {
    en: "the connection ended after {received} of {size}; nothing was kept",
    es: "la conexión terminó tras {received} de {size}; no se guardó nada",
  },
  "file.errCorrupt": {
    en: "the SHA-256 of what arrived does not match the sender's; nothing was kept",
    es: "el SHA-256 de lo recibido no coincide con el del emisor; no se guardó nada",
  },
  "file.errDisk": {
    en: "could not write the file: {reason}",
    es: "no se pudo escribir el archivo: {reason}",
  },
  "file.sending": {
    en: "Sending {name} ({size}, SHA-256 {sha256})",
    es: "Enviando {name} ({size}, SHA-256 {sha256})",
  },
  "file.accepted": {
    en: "The receiver saved {name}: size and SHA-256 match",
    es: "El receptor guardó {name}: tamaño y SHA-256 coinciden",
  },
  "file.rejected": {
    en: "The receiver did not keep the file: {reply}",
    es: "El receptor no guardó el archivo: {reply}",
  },
  "file.notAFile": {
    en: "{path} is not a file that can be read: {reason}",
    es: "{path} no es un archivo que se pueda leer: {reason}",
  },
} as const satisfies Messages;
