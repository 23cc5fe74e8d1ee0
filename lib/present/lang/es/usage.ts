/** Mistakes on the command line: each names the option and its valid form (exit 2). In Spanish. */
export const usage = {
  "usage.unknownMode":
    "modo desconocido «{mode}»{suggestion}: la lista de modos está en socklab --help",
  "usage.didYouMean": "; ¿quisiste decir {name}?",
  "usage.noMode":
    "falta el modo, por ejemplo socklab tcp-server; la lista de modos está en socklab --help",
  "usage.modeTwice": "se dieron dos modos distintos, «{first}» y «{second}»: indica solo uno",
  "usage.unknownOption":
    "{mode}: opción desconocida {option}{suggestion}; consulta: socklab {mode} --help",
  "usage.missingValue": "{mode}: {option} necesita un valor: {form}",
  "usage.noValueExpected":
    "{mode}: {option} es un interruptor y no lleva valor: escribe solo {option}",
  "usage.repeated": "{mode}: {option} aparece más de una vez; indícalo una sola vez: {form}",
  "usage.unexpectedArgument":
    "{mode}: argumento inesperado «{argument}»: las opciones empiezan por --; consulta: socklab {mode} --help",
  "usage.badPort":
    "{mode}: {option} debe ser un número de puerto de 1 a 65535, no «{value}»; por ejemplo {option} 8080",
  "usage.badInteger":
    "{mode}: {option} debe ser un número entero de {min} a {max}, no «{value}»; {form}",
  "usage.badNumber": "{mode}: {option} debe ser un número de {min} a {max}, no «{value}»; {form}",
  "usage.badAddresses":
    "{mode}: {option} deben ser direcciones o rangos CIDR como 192.168.1.0/24,10.0.0.5,fd00::/8, no «{value}»",
  "usage.badPorts":
    "{mode}: {option} deben ser puertos como 8080, 8000-8010 o 22,80,443 (como mucho {max}), no «{value}»",
  "usage.badChoice": "{mode}: {option} debe ser uno de {choices}, no «{value}»",
  "usage.badEscape":
    "{mode}: {option} tiene una secuencia de escape desconocida {sequence}; las válidas son {escapes}",
  "usage.empty": "{mode}: {option} no puede estar vacío; {form}",
  "usage.missingArgument": "{mode}: falta {what}; {usage}",
  "usage.unixOnWindows":
    "{mode}: los sockets Unix no están disponibles en Windows; usa TCP: --host 127.0.0.1 --port PUERTO",
  "usage.requires": "{mode}: {option} solo funciona junto con {other}; por ejemplo {example}",
  "usage.conflicts": "{mode}: {option} y {other} no se pueden usar juntos: {why}",
  "why.unix.access":
    "los clientes de un socket Unix no tienen dirección que juzgar; usa los permisos del archivo",
  "why.unix.place": "un socket Unix es un archivo, sin host ni puerto",
} as const;
