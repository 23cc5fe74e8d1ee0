import type { serverTexts as english } from "../en/servers.ts";
import type { Texts } from "../texts.ts";

/** What every server says about where it can be reached, what servers do about clients they should not (or no longer) serve, and what every stream server and client says. */
export const serverTexts = {
  // What every server says about where it can be reached.
  "net.reachable": "Tus compañeros en la red pueden conectarse a: {addresses}",
  "net.reachableNone":
    "Esta máquina no tiene más dirección de red que loopback: solo pueden conectarse programas de esta máquina",
  "net.staleRemoved":
    "Se borró el archivo de socket abandonado {path}, que dejó un servidor que no cerró",
  "net.reachableUnknown":
    "No se pudieron listar las direcciones de esta máquina ({reason}); búscalas con ip addr (ipconfig en Windows)",
  // What servers do about clients they should not, or no longer, serve.
  "guard.full":
    "El servidor está lleno ({max} {max|cliente|clientes} a la vez); inténtalo más tarde",
  "guard.idle": "Cerrado: no se envió ni recibió nada en {seconds} s (--idle-timeout)",
  "guard.slow":
    "Cerrado: una petición sin terminar {seconds} s después de empezar (--request-timeout)",
  "guard.evicted":
    "Cerrado: el servidor está lleno y esta conexión era la que llevaba más tiempo callada, o la que enviaba más despacio",
  "guard.deniedLog": "Rechazado {peer}: no lo permiten --allow / --deny",
  "guard.fullLog": "Rechazado {peer}: ya hay {max} {max|cliente|clientes} (--max-connections)",
  "guard.idleLog": "Cerrado {peer}: {seconds} s en silencio (--idle-timeout)",
  "guard.slowLog":
    "Cerrado {peer}: una petición sin terminar {seconds} s después de empezar (--request-timeout)",
  "guard.evictedLog":
    "Cerrado {peer}, el que más llevaba callado o el que enviaba más despacio, para dejar sitio a un cliente nuevo (--max-connections)",
  "guard.stalledLog":
    "Cerrado {peer}: dejó sin leer lo que se le enviaba durante {seconds} s (--stall-timeout)",
  "guard.outOfDescriptors":
    "Sin descriptores de archivo en {address}: los clientes nuevos esperan (los conectados siguen atendidos); sube el límite con ulimit -n",
  "guard.descriptorsBack":
    "{address} vuelve a aceptar clientes: se liberaron descriptores de archivo",
  "guard.descriptorLimit":
    "Como mucho {max} {max|cliente|clientes} a la vez, no {asked} (--max-connections): este proceso solo puede abrir {free} archivos más (ulimit -n), y se reserva {reserve}",
  "guard.more": "… y {count} más como esa en el último segundo",
  "guard.datagramDenied": "Descartado un datagrama de {peer}: no lo permiten --allow / --deny",
  "guard.receiveError": "El socket informó de un error ({error}) y sigue recibiendo",
  // What every stream server and client says: listening, connecting, reading in chunks, failing, stopping.
  "stream.listening": "Servidor escuchando en {address}",
  "stream.clientFailed": "cliente {peer}: {error}",
  "stream.summary":
    "Servidor detenido. Clientes atendidos: {clients}; bytes recibidos: {bytesIn}; bytes enviados: {bytesOut}",
  "stream.connected": "Conectado a {address}",
  "stream.chunk": "Data leida: {bytes}",
  "stream.allData": "Toda la data leida: {bytes}",
  "stream.tooLong": "{peer} envió {limit} sin {delimiter} (--max-message); cierro la conexión",
} as const satisfies Texts<typeof english>;
