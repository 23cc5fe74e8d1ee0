/** What servers do about clients they should not, or no longer, serve. In Spanish. */
export const guard = {
  "guard.full": "El servidor está lleno ({max} clientes a la vez); inténtalo más tarde",
  "guard.idle": "Cerrado: no se envió ni recibió nada en {seconds} s (--idle-timeout)",
  "guard.deniedLog": "Rechazado {peer}: no lo permiten --allow / --deny",
  "guard.fullLog": "Rechazado {peer}: ya hay {max} clientes (--max-connections)",
  "guard.idleLog": "Cerrado {peer}: {seconds} s en silencio (--idle-timeout)",
  "guard.stalledLog":
    "Cerrado {peer}: dejó sin leer lo que se le enviaba durante {seconds} s (--stall-timeout)",
  "guard.outOfDescriptors":
    "Sin descriptores de archivo en {address}: los clientes nuevos esperan (los conectados siguen atendidos); sube el límite con ulimit -n",
  "guard.datagramDenied": "Descartado un datagrama de {peer}: no lo permiten --allow / --deny",
  "guard.receiveError": "El socket informó de un error ({error}) y sigue recibiendo",
} as const;
