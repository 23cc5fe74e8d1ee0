/** Help screens and the command line itself. In Spanish. */
export const cli = {
  "cli.tagline": "el curso de sockets en un solo ejecutable",
  "cli.usage": "Uso: socklab <modo> [opciones]   (o bien: socklab --mode <modo> [opciones])",
  "cli.firstTime": "¿Primera vez? Ejecuta: socklab demo",
  "cli.moreHelp":
    "Opciones de un modo: socklab <modo> --help   Idioma: --lang es|en   Versión: --version",
  "cli.modeUsage": "Uso: socklab {mode} [opciones]",
  "cli.optionsHeading": "Opciones:",
  "cli.commonHeading": "Opciones de todos los modos:",
  "cli.exampleHeading": "Pruébalo (servidor en una terminal, cliente en otra):",
  "cli.watchHeading": "Qué observar:",
  "cli.protocolHeading": "Protocolo:",
  "cli.default": "por defecto: {value}",
  "cli.escapes": "secuencias de escape: {escapes}",
  "cli.repeatable": "se puede indicar varias veces",
  "cli.oneOf": "uno de: {choices}",
} as const;
