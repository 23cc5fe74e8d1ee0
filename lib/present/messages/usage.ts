import type { Messages } from "../catalogue_types.ts";

/** Mistakes on the command line: each names the option and its valid form (exit 2). */
export const usageMessages = {
  "usage.unknownMode": {
    en: "unknown mode '{mode}'{suggestion} — the modes are listed by: socklab --help",
    es: "modo desconocido «{mode}»{suggestion}: la lista de modos está en socklab --help",
  },
  "usage.didYouMean": { en: "; did you mean {name}?", es: "; ¿quisiste decir {name}?" },
  "usage.noMode": {
    en: "no mode given — e.g. socklab tcp-server; the modes are listed by: socklab --help",
    es: "falta el modo, por ejemplo socklab tcp-server; la lista de modos está en socklab --help",
  },
  "usage.modeTwice": {
    en: "two different modes given, '{first}' and '{second}' — give one",
    es: "se dieron dos modos distintos, «{first}» y «{second}»: indica solo uno",
  },
  "usage.unknownOption": {
    en: "{mode}: unknown option {option}{suggestion} — see: socklab {mode} --help",
    es: "{mode}: opción desconocida {option}{suggestion}; consulta: socklab {mode} --help",
  },
  "usage.missingValue": {
    en: "{mode}: {option} needs a value: {form}",
    es: "{mode}: {option} necesita un valor: {form}",
  },
  "usage.noValueExpected": {
    en: "{mode}: {option} is a switch and takes no value: write just {option}",
    es: "{mode}: {option} es un interruptor y no lleva valor: escribe solo {option}",
  },
  "usage.repeated": {
    en: "{mode}: {option} is given more than once — give it once: {form}",
    es: "{mode}: {option} aparece más de una vez; indícalo una sola vez: {form}",
  },
  "usage.unexpectedArgument": {
    en:
      "{mode}: unexpected argument '{argument}' — options start with --; see: socklab {mode} --help",
    es:
      "{mode}: argumento inesperado «{argument}»: las opciones empiezan por --; consulta: socklab {mode} --help",
  },
  "usage.badPort": {
    en:
      "{mode}: {option} must be a port number from 1 to 65535, not '{value}' — e.g. {option} 8080",
    es:
      "{mode}: {option} debe ser un número de puerto de 1 a 65535, no «{value}»; por ejemplo {option} 8080",
  },
  "usage.badInteger": {
    en: "{mode}: {option} must be a whole number from {min} to {max}, not '{value}' — {form}",
    es: "{mode}: {option} debe ser un número entero de {min} a {max}, no «{value}»; {form}",
  },
  "usage.badNumber": {
    en: "{mode}: {option} must be a number from {min} to {max}, not '{value}' — {form}",
    es: "{mode}: {option} debe ser un número de {min} a {max}, no «{value}»; {form}",
  },
  "usage.badAddresses": {
    en:
      "{mode}: {option} must be addresses or CIDR ranges like 192.168.1.0/24,10.0.0.5,fd00::/8, not '{value}'",
    es:
      "{mode}: {option} deben ser direcciones o rangos CIDR como 192.168.1.0/24,10.0.0.5,fd00::/8, no «{value}»",
  },
  "usage.badPorts": {
    en:
      "{mode}: {option} must be ports like 8080, 8000-8010 or 22,80,443 (at most {max}), not '{value}'",
    es:
      "{mode}: {option} deben ser puertos como 8080, 8000-8010 o 22,80,443 (como mucho {max}), no «{value}»",
  },
  "usage.badChoice": {
    en: "{mode}: {option} must be one of {choices}, not '{value}'",
    es: "{mode}: {option} debe ser uno de {choices}, no «{value}»",
  },
  "usage.badEscape": {
    en: "{mode}: {option} has an unknown escape {sequence}; the escapes are {escapes}",
    es:
      "{mode}: {option} tiene una secuencia de escape desconocida {sequence}; las válidas son {escapes}",
  },
  "usage.empty": {
    en: "{mode}: {option} cannot be empty — {form}",
    es: "{mode}: {option} no puede estar vacío; {form}",
  },
  "usage.missingArgument": {
    en: "{mode}: {what} is missing — {usage}",
    es: "{mode}: falta {what}; {usage}",
  },
  "usage.unixOnWindows": {
    en: "{mode}: Unix sockets are not supported on Windows — use TCP: --host 127.0.0.1 --port PORT",
    es:
      "{mode}: los sockets Unix no están disponibles en Windows; usa TCP: --host 127.0.0.1 --port PUERTO",
  },
  "usage.requires": {
    en: "{mode}: {option} only works together with {other} — e.g. {example}",
    es: "{mode}: {option} solo funciona junto con {other}; por ejemplo {example}",
  },
  "usage.conflicts": {
    en: "{mode}: {option} and {other} cannot be used together — {why}",
    es: "{mode}: {option} y {other} no se pueden usar juntos: {why}",
  },
} as const satisfies Messages;
