/** Mistakes on the command line: each names the option and its valid form (exit 2). */
export const usage = {
  "usage.unknownMode":
    "unknown mode '{mode}'{suggestion} — the modes are listed by: socklab --help",
  "usage.didYouMean": "; did you mean {name}?",
  "usage.noMode":
    "no mode given — e.g. socklab tcp-server; the modes are listed by: socklab --help",
  "usage.modeTwice": "two different modes given, '{first}' and '{second}' — give one",
  "usage.unknownOption": "{mode}: unknown option {option}{suggestion} — see: socklab {mode} --help",
  "usage.missingValue": "{mode}: {option} needs a value: {form}",
  "usage.noValueExpected": "{mode}: {option} is a switch and takes no value: write just {option}",
  "usage.repeated": "{mode}: {option} is given more than once — give it once: {form}",
  "usage.unexpectedArgument":
    "{mode}: unexpected argument '{argument}' — options start with --; see: socklab {mode} --help",
  "usage.badPort":
    "{mode}: {option} must be a port number from 1 to 65535, not '{value}' — e.g. {option} 8080",
  "usage.badInteger":
    "{mode}: {option} must be a whole number from {min} to {max}, not '{value}' — {form}",
  "usage.badNumber":
    "{mode}: {option} must be a number from {min} to {max}, not '{value}' — {form}",
  "usage.badAddresses":
    "{mode}: {option} must be addresses or CIDR ranges like 192.168.1.0/24,10.0.0.5,fd00::/8, not '{value}'",
  "usage.badPorts":
    "{mode}: {option} must be ports like 8080, 8000-8010 or 22,80,443 (at most {max}), not '{value}'",
  "usage.badChoice": "{mode}: {option} must be one of {choices}, not '{value}'",
  "usage.badEscape": "{mode}: {option} has an unknown escape {sequence}; the escapes are {escapes}",
  "usage.empty": "{mode}: {option} cannot be empty — {form}",
  "usage.missingArgument": "{mode}: {what} is missing — {usage}",
  "usage.unixOnWindows":
    "{mode}: Unix sockets are not supported on Windows — use TCP: --host 127.0.0.1 --port PORT",
  "usage.requires": "{mode}: {option} only works together with {other} — e.g. {example}",
  "usage.conflicts": "{mode}: {option} and {other} cannot be used together — {why}",
  "why.unix.access": "a Unix socket's clients have no address to judge; use the file's permissions",
  "why.unix.place": "a Unix socket is a file, with no host or port",
} as const;
