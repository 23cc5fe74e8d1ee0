import type { toolsTexts as english } from "../en/tools.ts";
import type { Texts } from "../texts.ts";

/** The network tools: probe and interfaces. */
export const toolsTexts = {
  "help.group.tools":
    "Herramientas de red: ¿hay algo escuchando? ¿qué dirección usan los compañeros?",
  // The network tools: probe and interfaces.
  "probe.open": "abierto",
  "probe.closed": "cerrado",
  "probe.silent": "sin respuesta",
  "probe.closedRange": "{from}–{to}  {state} ({count} {count|puerto|puertos})",
  "probe.line": "{address}  {state}  {ms} ms",
  "probe.failed": "{address}  {error}",
  "probe.summary":
    "abiertos: {open}, cerrados: {closed}, sin respuesta: {silent} (se esperó hasta {seconds} s por cada uno)",
  "interfaces.heading": "Interfaces de red de esta máquina:",
  "interfaces.loopback": "loopback: solo esta máquina",
  "interfaces.linkLocal": "enlace local: solo el mismo cable o wifi, con zona",
  "interfaces.use": "Un compañero en tu red se conectaría a: {address} ({name})",
  "interfaces.none":
    "No hay más direcciones que loopback: esta máquina no está en ninguna red que otras puedan alcanzar",
  "interfaces.firewall":
    "Recuerda: el servidor debe escuchar en 0.0.0.0 (--host 0.0.0.0), no en 127.0.0.1, y el cortafuegos de esta máquina debe dejar entrar el puerto {port} (Windows: Firewall de Windows Defender › Permitir una aplicación; macOS: Ajustes del Sistema › Red › Firewall; Linux: sudo ufw allow {port}/tcp).",
  "help.interfaces.summary":
    "las direcciones de esta máquina, cuál usaría un compañero, y el recordatorio del cortafuegos",
  "help.interfaces.watch":
    "127.0.0.1 solo llega a esta máquina; los compañeros necesitan la dirección de tu interfaz wifi o de cable, un servidor escuchando en 0.0.0.0 y el puerto abierto en tu cortafuegos.",
  "help.probe.summary":
    "¿hay algo escuchando? connect TCP a cada puerto: abierto, cerrado o sin respuesta, con tiempos",
  "help.probe.watch":
    "Cerrado significa que la máquina respondió «aquí no hay nadie» al instante (conexión rechazada); sin respuesta suele significar que un cortafuegos descartó el intento, o que el host no está. Compáralo con netstat -at en el servidor.",
  "help.probe.ports": "los puertos que probar: 8080, 8000-8010, 22,80,443 (como mucho 1024)",
  "help.probe.concurrency": "connects en curso a la vez",
} as const satisfies Texts<typeof english>;
