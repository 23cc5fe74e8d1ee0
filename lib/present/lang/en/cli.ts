/** Help screens and the command line itself. */
export const cli = {
  "cli.tagline": "the sockets course in one executable",
  "cli.usage": "Usage: socklab <mode> [options]   (or: socklab --mode <mode> [options])",
  "cli.firstTime": "First time? Run: socklab demo",
  "cli.moreHelp":
    "A mode's options: socklab <mode> --help   Language: --lang es|en   Version: --version",
  "cli.modeUsage": "Usage: socklab {mode} [options]",
  "cli.optionsHeading": "Options:",
  "cli.commonHeading": "Options of every mode:",
  "cli.exampleHeading": "Try it (server in one terminal, client in another):",
  "cli.watchHeading": "What to watch for:",
  "cli.protocolHeading": "Protocol:",
  "cli.default": "default: {value}",
  "cli.escapes": "escapes: {escapes}",
  "cli.repeatable": "may be given several times",
  "cli.oneOf": "one of: {choices}",
} as const;
