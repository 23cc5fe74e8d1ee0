import type { Messages } from "../catalogue_types.ts";

/** Help screens and the command line itself. */
export const cliMessages = {
  "cli.tagline": {
    en: "the sockets course in one executable",
    es: "el curso de sockets en un solo ejecutable",
  },
  "cli.usage": {
    en: "Usage: socklab <mode> [options]   (or: socklab --mode <mode> [options])",
    es: "Uso: socklab <modo> [opciones]   (o bien: socklab --mode <modo> [opciones])",
  },
  "cli.firstTime": {
    en: "First time? Run: socklab demo",
    es: "¿Primera vez? Ejecuta: socklab demo",
  },
  "cli.moreHelp": {
    en: "A mode's options: socklab <mode> --help   Language: --lang es|en   Version: --version",
    es: "Opciones de un modo: socklab <modo> --help   Idioma: --lang es|en   Versión: --version",
  },
  "cli.modeUsage": {
    en: "Usage: socklab {mode} [options]",
    es: "Uso: socklab {mode} [opciones]",
  },
  "cli.optionsHeading": { en: "Options:", es: "Opciones:" },
  "cli.commonHeading": { en: "Options of every mode:", es: "Opciones de todos los modos:" },
  "cli.exampleHeading": {
    en: "Try it (server in one terminal, client in another):",
    es: "Pruébalo (servidor en una terminal, cliente en otra):",
  },
  "cli.watchHeading": { en: "What to watch for:", es: "Qué observar:" },
  "cli.protocolHeading": { en: "Protocol:", es: "Protocolo:" },
  "cli.default": { en: "default: {value}", es: "por defecto: {value}" },
  "cli.escapes": {
    en: "escapes: {escapes}",
    es: "secuencias de escape: {escapes}",
  },
  "cli.repeatable": { en: "may be given several times", es: "se puede indicar varias veces" },
} as const satisfies Messages;
