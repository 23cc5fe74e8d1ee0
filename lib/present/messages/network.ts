import type { Messages } from "../catalogue_types.ts";

/** What every server says about where it can be reached. */
export const networkMessages = {
  "net.reachable": {
    en: "Classmates on your network can connect to: {addresses}",
    es: "Tus compañeros en la red pueden conectarse a: {addresses}",
  },
  "net.reachableNone": {
    en: "This machine has no network address besides loopback: only programs on it can connect",
    es:
      "Esta máquina no tiene más dirección de red que loopback: solo pueden conectarse programas de esta máquina",
  },
  "net.staleRemoved": {
    en: "Removed the stale socket file {path}, left behind by a server that did not close",
    es: "Se borró el archivo de socket abandonado {path}, que dejó un servidor que no cerró",
  },
  "net.reachableUnknown": {
    en:
      "Could not list this machine's addresses ({reason}); find them with ip addr (ipconfig on Windows)",
    es:
      "No se pudieron listar las direcciones de esta máquina ({reason}); búscalas con ip addr (ipconfig en Windows)",
  },
} as const satisfies Messages;
