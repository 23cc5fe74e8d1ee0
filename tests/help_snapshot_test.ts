/**
 * Every help text, as a snapshot at 80 columns in every language: a change to any of them shows
 * up in review, in tests/__snapshots__/. After an intended change, update them with
 * `deno test -A tests/help_snapshot_test.ts -- --update`.
 */
import { assertSnapshot } from "@std/testing/snapshot";
import { generalHelp, modeHelp } from "../lib/cli/help.ts";
import { GROUPS, MODES } from "../lib/course/modes.ts";
import { LANGS } from "../lib/present/lang.ts";

const WIDTH = 80;

for (const lang of LANGS) {
  Deno.test(`socklab --help in ${lang}, at ${WIDTH} columns`, async (t) => {
    await assertSnapshot(t, generalHelp(GROUPS, lang, WIDTH));
  });
  for (const mode of MODES) {
    Deno.test(`socklab ${mode.name} --help in ${lang}, at ${WIDTH} columns`, async (t) => {
      await assertSnapshot(t, modeHelp(mode, lang, WIDTH));
    });
  }
}
