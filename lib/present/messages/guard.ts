import type { Messages } from "../catalogue_types.ts";

/** What servers do about clients they should not, or no longer, serve. */
export const guardMessages = {
  "guard.full": {
    en: "The server is full ({max} clients at once); try again later",
    es: "El servidor está lleno ({max} clientes a la vez); inténtalo más tarde",
  },
  "guard.idle": {
    en: "Closed: nothing sent or received for {seconds} s (--idle-timeout)",
    es: "Cerrado: no se envió ni recibió nada en {seconds} s (--idle-timeout)",
  },
  "guard.deniedLog": {
    en: "Refused {peer}: not allowed by --allow / --deny",
    es: "Rechazado {peer}: no lo permiten --allow / --deny",
  },
  "guard.fullLog": {
    en: "Turned {peer} away: {max} clients already (--max-connections)",
    es: "Rechazado {peer}: ya hay {max} clientes (--max-connections)",
  },
  "guard.idleLog": {
    en: "Closed {peer}: silent for {seconds} s (--idle-timeout)",
    es: "Cerrado {peer}: {seconds} s en silencio (--idle-timeout)",
  },
  "guard.stalledLog": {
    en: "Closed {peer}: it left what it was sent unread for {seconds} s (--stall-timeout)",
    es: "Cerrado {peer}: dejó sin leer lo que se le enviaba durante {seconds} s (--stall-timeout)",
  },
  "guard.outOfDescriptors": {
    en:
      "Out of file descriptors on {address}: new clients wait (those connected are still served); raise the limit with ulimit -n",
    es:
      "Sin descriptores de archivo en {address}: los clientes nuevos esperan (los conectados siguen atendidos); sube el límite con ulimit -n",
  },
  "guard.datagramDenied": {
    en: "Dropped a datagram from {peer}: not allowed by --allow / --deny",
    es: "Descartado un datagrama de {peer}: no lo permiten --allow / --deny",
  },
  "guard.receiveError": {
    en: "The socket reported an error ({error}) and goes on receiving",
    es: "El socket informó de un error ({error}) y sigue recibiendo",
  },
} as const satisfies Messages;
