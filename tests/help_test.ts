import { assert } from "@std/assert";
import { generalHelp, modeHelp } from "../lib/cli/help.ts";
import { optionForm } from "../lib/cli/parse.ts";
import { flagName } from "../lib/cli/spec.ts";
import { LESSON_GROUPS } from "../lib/modes/groups.ts";
import { MODES } from "../lib/modes/mod.ts";
import { tcpServer } from "../lib/modes/tcp-server.ts";
import { udpClient } from "../lib/modes/udp-client.ts";

Deno.test("the general help lists every mode, one line each, under its lesson", () => {
  for (const lang of ["es", "en"] as const) {
    const lines = generalHelp(MODES, lang).split("\n");
    for (const mode of MODES) {
      const line = lines.findIndex((text) => text.startsWith(`  ${mode.name} `));
      assert(line > 0, `${mode.name} is listed`);
      const heading = lines.lastIndexOf(LESSON_GROUPS[mode.group][lang], line);
      assert(heading >= 0 && heading < line, `${mode.name} sits under its lesson`);
    }
    assert(
      lines.some((text) => text.includes("socklab demo")),
      "it tells beginners where to start",
    );
  }
});

Deno.test("a mode's help lists every option with its default, and commands to try it", () => {
  for (const mode of MODES) {
    for (const lang of ["es", "en"] as const) {
      const help = modeHelp(mode, lang);
      for (const [name, spec] of Object.entries(mode.specs)) {
        assert(help.includes(optionForm(name, spec)), `${mode.name} help shows ${flagName(name)}`);
      }
      for (const example of mode.examples) assert(help.includes(example));
    }
  }
});

Deno.test("defaults appear in the help as the user would type them", () => {
  const help = modeHelp(tcpServer, "en");
  assert(help.includes("(default: 8080)"));
  assert(help.includes("(default: 1024)"));
  assert(help.includes('(default: "127.0.0.1")'));
  const spanish = modeHelp(udpClient, "es");
  assert(spanish.includes('(por defecto: "Hola, soy un cliente UDP")'));
  assert(spanish.includes("(por defecto: 2)"));
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

Deno.test("no help line is wider than 100 columns", () => {
  const texts = [generalHelp(MODES, "es"), ...MODES.map((mode) => modeHelp(mode, "es"))];
  for (const line of texts.join("\n").split("\n")) {
    assert([...line].length <= 100 || !line.includes(" "), `too wide: ${line}`);
  }
});
