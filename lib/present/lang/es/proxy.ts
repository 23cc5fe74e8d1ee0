import type { proxyTexts as english } from "../en/proxy.ts";
import type { Texts } from "../texts.ts";

/** El proxy de fallos: proxy. */
export const proxyTexts = {
  "help.group.proxy": "Fallos a demanda: un proxy entre cualquier cliente y servidor",
  "lesson.proxy-slices": "recv devuelve lo que haya llegado: un proxy trocea el mensaje",
  "help.proxy.summary":
    "reenvía cada conexión a --to, con los días malos de la red a demanda: trozos, retrasos, cortes",
  "help.proxy.watch":
    "Con --slice 1 --slice-delay 50 delante de un servidor que lee por trozos, cada recv recibe un byte: recv devuelve lo que haya llegado. Con --close-after, mira qué imprime el cliente cuando el otro extremo desaparece a mitad de la conversación.",
  "help.proxy.to": "el servidor al que se reenvía cada conexión",
  "help.proxy.slice": "reenvía como mucho estos bytes en cada escritura",
  "help.proxy.slice.unset": "lo leído, entero",
  "help.proxy.sliceDelay": "pausa entre dos trozos de una misma lectura (con --slice)",
  "help.proxy.delay": "retiene cada trozo este tiempo antes de reenviarlo",
  "help.proxy.jitter":
    "hasta este retraso más por trozo, al azar (TCP mantiene el orden igualmente)",
  "help.proxy.seed":
    "dónde empiezan las elecciones al azar: la misma semilla da a cada conexión y sentido las mismas elecciones",
  "help.proxy.seed.unset": "una nueva, que se muestra al empezar",
  "proxy.introSeed": "Reenviando cada conexión a {to} (--seed {seed})",
  "help.proxy.bandwidth": "bytes por segundo como mucho, en cada sentido (k: miles, M: millones)",
  "help.proxy.bandwidth.unset": "tan rápido como llegue",
  "help.proxy.closeAfter":
    "cierra los dos extremos limpiamente tras estos bytes, contando los dos sentidos",
  "help.proxy.closeAfter.unset": "nunca",
  "help.proxy.holdAfter":
    "no reenvía nada más tras estos bytes, contando los dos sentidos: la conexión queda en silencio",
  "help.proxy.holdAfter.unset": "nunca",
  "help.proxy.up": "los fallos solo del cliente al servidor",
  "help.proxy.down": "los fallos solo del servidor al cliente",
  "proxy.openRelay":
    "Cuidado: escuchando en {host} y reenviando a {to}, cualquiera que llegue a esta máquina llega a {to} a través de ella (un reenviador abierto)",
  "proxy.intro": "Reenviando cada conexión a {to}",
  "proxy.relaying": "{peer} reenviado a {to}",
  "proxy.closed": "{peer} terminado: {up} bytes reenviados al servidor, {down} al cliente",
  "proxy.upstreamFailed": "{peer} no reenviado: no se pudo llegar a {to}: {error}",
  "usage.proxyTo": "--to necesita HOST:PUERTO (127.0.0.1:8080, o [::1]:8080), no {to}",
  "why.proxy.up-down":
    "--up y --down limitan cada uno los fallos a un sentido; sin ninguno, los dos sentidos los sufren",
} as const satisfies Texts<typeof english>;
