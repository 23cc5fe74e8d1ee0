import { LANGS } from "../lib/present/lang.ts";
import { assert, assertEquals } from "@std/assert";
import { helpWidth } from "../main.ts";
import { textWidth } from "../lib/present/columns.ts";
import { commandLines, generalHelp, modeHelp } from "../lib/cli/help.ts";
import { optionForm } from "../lib/cli/parse.ts";
import { flagName } from "../lib/cli/spec.ts";
import { GROUPS } from "../lib/course/modes.ts";
import { MODES } from "../lib/course/modes.ts";
import { tcpServer } from "../lib/course/tcp/tcp-server.ts";
import { textServer } from "../lib/course/text/text-server.ts";
import { dbServer } from "../lib/course/db/db-server.ts";
import { TEXT_VERBS } from "../lib/course/text/protocol.ts";
import { DB_VERBS } from "../lib/course/db/protocol.ts";
import type { VerbSpec, VerbTable } from "../lib/protocols/verbs.ts";
import type { Mode } from "../lib/cli/spec.ts";
import { translator } from "../lib/present/catalogue.ts";
import { udpClient } from "../lib/course/udp/udp-client.ts";
import { echoClient } from "../lib/course/echo/echo-client.ts";

Deno.test("the general help lists every mode, one line each, under its lesson", () => {
  for (const lang of LANGS) {
    // Wide enough that no heading wraps: this is about where modes sit.
    const lines = generalHelp(GROUPS, lang, 200).split("\n");
    for (const group of GROUPS) {
      for (const mode of group.modes) {
        const line = lines.findIndex((text) => text.startsWith(`  ${mode.name} `));
        assert(line > 0, `${mode.name} is listed`);
        const heading = lines.lastIndexOf(translator(lang)(group.title), line);
        assert(heading >= 0 && heading < line, `${mode.name} sits under its lesson`);
        // And under no later heading.
        const next = GROUPS[GROUPS.indexOf(group) + 1];
        if (next) assert(lines.indexOf(translator(lang)(next.title)) > line, mode.name);
      }
    }
    assertEquals(GROUPS.flatMap((group) => group.modes), MODES, "every mode is in one group");
    assert(
      lines.some((text) => text.includes("socklab demo")),
      "it tells beginners where to start",
    );
  }
});

Deno.test("a mode's help lists every option with its default, and commands to try it", () => {
  for (const mode of MODES) {
    for (const lang of LANGS) {
      const help = modeHelp(mode, lang);
      for (const [name, spec] of Object.entries(mode.specs)) {
        assert(
          help.includes(optionForm(name, spec, translator(lang))),
          `${mode.name} help shows ${flagName(name)}`,
        );
      }
      // A long example is broken with shell continuations: joined back, it is the same command.
      const joined = help.replaceAll(" \\\n      ", " ");
      for (const example of mode.examples) assert(joined.includes(example), example);
    }
  }
});

Deno.test("an option's help states its default once, whether a value or what leaving it out means", () => {
  for (const mode of MODES) {
    for (const lang of LANGS) {
      // Each option's entry: its first line and the indented lines after it, joined.
      const entries = modeHelp(mode, lang, 200).split(/\n(?= {2}-)|\n\n/);
      for (const entry of entries.filter((text) => text.startsWith("  --"))) {
        const defaults = entry.match(/\((default|por defecto): /g) ?? [];
        assert(defaults.length <= 1, `${mode.name} (${lang}): ${entry}`);
      }
    }
  }
  const udp = modeHelp(udpClient, "en", 200);
  assert(udp.includes("settimeout (default: 2)"), "a mode's own default replaces 'wait forever'");
  assert(modeHelp(tcpServer, "en", 200).includes("settimeout (default: wait forever)"));
});

Deno.test("Spanish help names the values in Spanish: SEGUNDOS, not SECONDS", () => {
  // LIST is a verb of the database, the same in both languages: not a value's name.
  const english = /\b(SECONDS|TEXT|PORTS?|PATH|DIR|NAME|KIND|LINE|WHICH)\b/;
  for (const mode of MODES) {
    const help = modeHelp(mode, "es", 200);
    assertEquals(english.exec(help)?.[0], undefined, mode.name);
  }
  assert(modeHelp(tcpServer, "es").includes("--timeout SEGUNDOS"));
});

Deno.test("defaults appear in the help as the user would type them", () => {
  // Whatever the width, a default reads the same once the lines are joined.
  const help = modeHelp(tcpServer, "en").replace(/\s+/g, " ");
  assert(help.includes("(default: 8080)"));
  assert(help.includes("(default: 1024)"));
  assert(help.includes("(default: 127.0.0.1)"));
  assert(
    modeHelp(echoClient, "en", 200).includes("(default: 'Hola Mundo\\r\\n')"),
    "escapes shown as typed, not doubled",
  );
  const spanish = modeHelp(udpClient, "es").replace(/\s+/g, " ");
  assert(spanish.includes("(por defecto: 'Hola, soy un cliente UDP')"));
  assert(spanish.includes("(por defecto: 2)"));
});

Deno.test("only a server's or a client's help says to try it in two terminals", () => {
  for (const mode of MODES) {
    const help = modeHelp(mode, "en", 200);
    const paired = help.includes("Try it (server in one terminal, client in another):");
    assertEquals(paired, /-(server|client|receive|send)$/.test(mode.name), mode.name);
    if (!paired) assert(help.includes("\nTry it:\n"), mode.name);
  }
});

Deno.test("bench's examples start the server each load needs", () => {
  const bench = MODES.find((mode) => mode.name === "bench")!;
  let server = "";
  for (const example of bench.examples) {
    if (example.includes("-server")) server = example.split(" ")[1];
    const protocol = /--protocol (\w+)/.exec(example)?.[1] ?? "echo";
    if (example.startsWith("socklab bench")) assertEquals(server, `${protocol}-server`, example);
  }
});

Deno.test("a mode's examples pair a server command with a client command", () => {
  // Servers and clients come in pairs; lesson runners and tools (demo, db-race, probe) stand alone.
  for (const mode of MODES.filter((mode) => /-(server|client|receive|send)$/.test(mode.name))) {
    assert(
      mode.examples.some((example) => /socklab [\w-]+-(server|receive)/.test(example)),
      mode.name,
    );
    assert(
      mode.examples.some((example) => /socklab [\w-]+-(client|send)|nc |curl /.test(example)),
      mode.name,
    );
  }
});

Deno.test("help is wrapped at the width it is given, counting accented and wide letters as the terminal does", () => {
  for (const width of [60, 80, 100]) {
    for (const lang of LANGS) {
      const texts = [
        generalHelp(GROUPS, lang, width),
        ...MODES.map((m) => modeHelp(m, lang, width)),
      ];
      for (const line of texts.join("\n").split("\n")) {
        // A command to copy is never wrapped, nor a single word longer than the width.
        const command = /^ {2}(socklab|printf|echo|nc|curl) /.test(line);
        assert(
          textWidth(line) <= width || command || !line.trim().includes(" "),
          `wider than ${width}: ${line}`,
        );
      }
    }
  }
});

Deno.test("every help fits 80 columns in both languages, counted in characters, commands included", () => {
  for (const lang of LANGS) {
    const texts = [
      generalHelp(GROUPS, lang, 80),
      ...MODES.map((m) => modeHelp(m, lang, 80)),
    ];
    for (const line of texts.join("\n").split("\n")) {
      assert([...line].length <= 80, `${lang}, ${[...line].length} characters: ${line}`);
    }
  }
});

Deno.test("a command wider than the help is broken before an option with a shell continuation", () => {
  const command = `socklab db-client --request 'ALTA ana {"a": 1, "b --c": 2}' --request 'BAJA x'`;
  assertEquals(commandLines(command, 60), [
    `  socklab db-client \\`,
    `      --request 'ALTA ana {"a": 1, "b --c": 2}' \\`,
    `      --request 'BAJA x'`,
  ]);
  assertEquals(commandLines("socklab echo-server", 60), ["  socklab echo-server"]);
});

Deno.test("the general help's last line keeps each item whole: no 'Version:' left without --version", () => {
  for (const lang of LANGS) {
    for (const width of [40, 60, 80]) {
      const help = generalHelp(GROUPS, lang, width);
      assert(/(Version|Versión): --version$/m.test(help), `${lang} at ${width}`);
    }
  }
});

Deno.test("help takes the terminal's width, between 40 and 100 columns, and 80 in a pipe", () => {
  assertEquals(helpWidth(undefined), 80);
  assertEquals(helpWidth(120), 100);
  assertEquals(helpWidth(90), 90);
  assertEquals(helpWidth(20), 40);
});

/** Asserts that a mode's help, in both languages, has each verb of `table` and what it does. */
function assertHelpListsVerbs<Verb extends string>(mode: Mode, table: VerbTable<Verb, VerbSpec>) {
  for (const lang of LANGS) {
    const help = modeHelp(mode, lang, 1000);
    for (const verb of table.verbs) {
      // Its names as written, its arguments in the reader's language (CONSULTA clave).
      const names = table.specs[verb].names.join("|");
      assert(
        new RegExp(`${names.replace(/\|/g, "\\|")}( [^:]+)?: `).test(help),
        `${mode.name} ${lang}: ${verb}`,
      );
      if (lang === "en") assert(help.includes(`${table.form(verb)}: `), `${mode.name}: ${verb}`);
    }
  }
}

Deno.test("a line protocol's help lists every verb of its table, with what it does", () => {
  assertHelpListsVerbs(textServer, TEXT_VERBS);
  assertHelpListsVerbs(dbServer, DB_VERBS);
});
