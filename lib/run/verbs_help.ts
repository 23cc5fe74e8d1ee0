import type { MessageKey, PlainKey, Translate } from "../present/catalogue.ts";
import { localForm } from "../present/verb_forms.ts";
import type { VerbSpec, VerbTable } from "../protocols/verbs.ts";

/**
 * A line protocol's help for `--help`: `intro`, then each verb of its table as it is written and
 * what it does, then `outro`. The verbs come from the table, so the help cannot list one the
 * server does not know, or miss one it does.
 */
export function verbsHelp<Verb extends string>(
  table: VerbTable<Verb, VerbSpec<MessageKey>>,
  intro: PlainKey,
  outro: PlainKey,
): (t: Translate) => string {
  return (t) => {
    // A verb's help is one of the protocol's messages; a help line names no values.
    const help = t as (key: MessageKey) => string;
    const verbs = table.verbs.map((verb) => {
      const { names, args } = table.specs[verb];
      // The words of the arguments in the reader's language: CONSULTA clave, not CONSULTA key.
      const words = args === undefined ? undefined : localForm(args, t);
      return `${[names.join("|"), ...(words ? [words] : [])].join(" ")}: ${
        help(table.specs[verb].help)
      }`;
    });
    return `${t(intro)} ${verbs.join("; ")}. ${t(outro)}`;
  };
}
