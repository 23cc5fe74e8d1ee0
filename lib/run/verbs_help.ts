import { type MessageKey, translator } from "../present/catalogue.ts";
import { LANGS, type Text } from "../present/lang.ts";
import type { VerbSpec, VerbTable } from "../protocols/verbs.ts";

/**
 * A line protocol's help for `--help`, in every language: `intro`, then each verb of its table as
 * it is written and what it does, then `outro`. The verbs come from the table, so the help cannot
 * list one the server does not know, or miss one it does.
 */
export function verbsHelp<Verb extends string>(
  table: VerbTable<Verb, VerbSpec<MessageKey>>,
  intro: Text,
  outro: Text,
): Text {
  const help = {} as Record<(typeof LANGS)[number], string>;
  for (const lang of LANGS) {
    const t = translator(lang) as (key: MessageKey) => string;
    const verbs = table.verbs.map((verb) => `${table.form(verb)}: ${t(table.specs[verb].help)}`);
    help[lang] = `${intro[lang]} ${verbs.join("; ")}. ${outro[lang]}`;
  }
  return help;
}
