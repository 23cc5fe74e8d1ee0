import type { Messages } from "../catalogue_types.ts";

/** The network tools: probe and interfaces (seed 003 §1.4, seed 004's netstat). */
export const toolMessages = {
  "probe.open": { en: "open", es: "abierto" },
  "probe.closed": { en: "closed", es: "cerrado" },
  "probe.silent": { en: "no answer", es: "sin respuesta" },
  "probe.line": {
    en: "{address}  {state}  {ms} ms",
    es: "{address}  {state}  {ms} ms",
  },
  "probe.failed": {
    en: "{address}  {error}",
    es: "{address}  {error}",
  },
  "probe.summary": {
    en: "{open} open, {closed} closed, {silent} without answer (waited up to {seconds} s each)",
    es:
      "{open} abiertos, {closed} cerrados, {silent} sin respuesta (se esperó hasta {seconds} s por cada uno)",
  },
  "interfaces.heading": {
    en: "This machine's network interfaces:",
    es: "Interfaces de red de esta máquina:",
  },
  "interfaces.loopback": {
    en: "loopback: only this machine",
    es: "loopback: solo esta máquina",
  },
  "interfaces.linkLocal": {
    en: "link-local: only the same cable or wifi, with a zone",
    es: "enlace local: solo el mismo cable o wifi, con zona",
  },
  "interfaces.use": {
    en: "A classmate on your network would connect to: {address} ({name})",
    es: "Un compañero en tu red se conectaría a: {address} ({name})",
  },
  "interfaces.none": {
    en: "No address besides loopback: this machine is not on a network other machines can reach",
    es:
      "No hay más direcciones que loopback: esta máquina no está en ninguna red que otras puedan alcanzar",
  },
  "interfaces.firewall": {
    en:
      "Remember: the server must listen on 0.0.0.0 (--host 0.0.0.0), not 127.0.0.1, and this machine's firewall must let port {port} in (Windows: Windows Defender Firewall › Allow an app; macOS: System Settings › Network › Firewall; Linux: sudo ufw allow {port}/tcp).",
    es:
      "Recuerda: el servidor debe escuchar en 0.0.0.0 (--host 0.0.0.0), no en 127.0.0.1, y el cortafuegos de esta máquina debe dejar entrar el puerto {port} (Windows: Firewall de Windows Defender › Permitir una aplicación; macOS: Ajustes del Sistema › Red › Firewall; Linux: sudo ufw allow {port}/tcp).",
  },
} as const satisfies Messages;
