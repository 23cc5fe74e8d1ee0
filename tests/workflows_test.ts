/**
 * What CI runs on: every `runs-on` label of the workflows names a GitHub-hosted image that exists
 * and is not retired, and `.ci/run` names no one machine's folders.
 */
import { assert, assertEquals } from "@std/assert";
import { join } from "@std/path";
import { TARGETS } from "../scripts/build.ts";
import { ROOT } from "./helpers.ts";

/**
 * The GitHub-hosted images, as checked on {@linkcode CHECKED} against actions/runner-images and
 * its announcements, with the day each is (or was) retired where GitHub has said. Check again and
 * add a new image here when a workflow wants it.
 */
const CHECKED = "2026-12-03";
const IMAGES: Readonly<Record<string, { retired?: string; note?: string }>> = {
  "ubuntu-latest": {},
  "ubuntu-24.04": {},
  "ubuntu-24.04-arm": {},
  "ubuntu-22.04": { retired: "2027-04-17" },
  "ubuntu-22.04-arm": { retired: "2027-04-17" },
  "ubuntu-20.04": { retired: "2025-04-15" },
  "macos-latest": {},
  "macos-26": {},
  "macos-15": {},
  // "Supported to August 2027", the day not yet announced: its first day, to be safe.
  "macos-15-intel": { retired: "2027-08-01", note: "the last Intel image" },
  "macos-14": { retired: "2026-11-02" },
  "macos-13": { retired: "2025-12-04" },
  "macos-12": { retired: "2024-12-03" },
  "windows-latest": {},
  "windows-2025": {},
  "windows-2022": {},
  "windows-2019": { retired: "2025-06-30" },
  "windows-11-arm": {},
};

/** Every runner label a workflow names: `runs-on` values, and the matrix values they read. */
export function runnerLabels(workflow: string): string[] {
  const values = (text: string) =>
    text.trim().startsWith("[")
      ? text.trim().slice(1, -1).split(",").map((value) => unquote(value))
      : [unquote(text)];
  const labels: string[] = [];
  for (const [, value] of workflow.matchAll(/^\s*runs-on:\s*(.+?)\s*$/gm)) {
    const key = /^\$\{\{\s*matrix\.([\w-]+)\s*\}\}$/.exec(value)?.[1];
    if (!key) {
      labels.push(...values(value));
      continue;
    }
    const entries = new RegExp(`^\\s*(?:- )?${key}:\\s*(.+?)\\s*$`, "gm");
    for (const [, entry] of workflow.matchAll(entries)) labels.push(...values(entry));
  }
  return labels;
}

function unquote(value: string): string {
  return value.trim().replace(/^(["'])(.*)\1$/, "$2");
}

/** What is wrong with a label on `today` (YYYY-MM-DD): an unknown or a retired image. */
export function labelProblem(label: string, today: string): string | undefined {
  const image = IMAGES[label];
  if (!image) {
    return `${label} is not an image this list knows (checked ${CHECKED}): look it up in actions/runner-images, and add it with its retirement date`;
  }
  if (image.retired && image.retired <= today) {
    return `${label} was retired on ${image.retired}${image.note ? ` (${image.note})` : ""}`;
  }
  return undefined;
}

async function workflows(): Promise<[string, string][]> {
  const folder = join(ROOT, ".github", "workflows");
  const found: [string, string][] = [];
  for await (const entry of Deno.readDir(folder)) {
    if (/\.ya?ml$/.test(entry.name)) {
      found.push([entry.name, await Deno.readTextFile(join(folder, entry.name))]);
    }
  }
  return found.sort(([a], [b]) => a.localeCompare(b));
}

Deno.test("every runner label of the workflows names a GitHub-hosted image that exists and is not retired today", async () => {
  const today = new Date().toISOString().slice(0, 10);
  const problems: string[] = [];
  let seen = 0;
  for (const [name, text] of await workflows()) {
    for (const label of runnerLabels(text)) {
      seen++;
      const problem = labelProblem(label, today);
      if (problem) problems.push(`${name}: ${problem}`);
    }
  }
  assert(seen >= 8, `only ${seen} labels found: the reading of runs-on no longer sees them`);
  assertEquals(problems, []);
});

Deno.test("a workflow on macos-13 is refused: that image was retired on 4 December 2025", () => {
  const workflow = `
jobs:
  binary:
    strategy:
      matrix:
        include:
          - runner: macos-13
            target: x86_64-apple-darwin
          - runner: "macos-latest"
    runs-on: \${{ matrix.runner }}
  test:
    strategy:
      matrix:
        os: [ubuntu-latest, 'windows-latest']
    runs-on: \${{ matrix.os }}
  check:
    runs-on: ubuntu-24.04
`;
  assertEquals(runnerLabels(workflow), [
    "macos-13",
    "macos-latest",
    "ubuntu-latest",
    "windows-latest",
    "ubuntu-24.04",
  ]);
  assertEquals(labelProblem("macos-13", "2026-12-03"), "macos-13 was retired on 2025-12-04");
  assertEquals(labelProblem("macos-13", "2025-12-03"), undefined);
  assertEquals(labelProblem("macos-15-intel", "2026-12-03"), undefined);
  assert(labelProblem("macos-15-intel", "2027-08-01")?.includes("the last Intel image"));
  assert(labelProblem("ubuntu-latest-xxl", "2026-12-03")?.includes("not an image this list knows"));
});

Deno.test("the release builds every target on a runner of its own, in a matrix that does not stop at the first failure", async () => {
  const release = await Deno.readTextFile(join(ROOT, ".github", "workflows", "release.yml"));
  const targets = [...release.matchAll(/^\s*target:\s*(\S+)\s*$/gm)].map((match) => match[1]);
  assertEquals(targets.toSorted(), [...TARGETS].sort());
  assert(/^\s*fail-fast: false\s*$/m.test(release));
  assert(release.includes("deno task release finish --partial"));
});

Deno.test(".ci/run names no absolute path of one machine: only ../shared or WINDOWS_TOOLS", async () => {
  const script = await Deno.readTextFile(join(ROOT, ".ci", "run"));
  const allowed = new Set(["/usr/bin/env", "/dev/null"]);
  const absolute = [...script.matchAll(/(?:^|[\s=("'`:])(\/[\w.-]+(?:\/[\w.-]+)*)/gm)]
    .map((match) => match[1])
    .filter((path) => !allowed.has(path));
  assertEquals(absolute, []);
  assert(script.includes("WINDOWS_TOOLS=${WINDOWS_TOOLS:-../shared/tools/windows}"));
});
