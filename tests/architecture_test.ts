/**
 * The one rule of ARCHITECTURE.md, checked on every file of lib/: imports point down the layers,
 * never up; protocols are pure; a lesson's folder does not reach into another's.
 */
import { assertEquals } from "@std/assert";
import { dirname, join, relative, SEPARATOR } from "@std/path";
import { walk } from "@std/fs/walk";
import { ROOT } from "./helpers.ts";

/** The layers, bottom first: a file may import its own layer and those below it. */
const LAYERS: readonly { name: string; holds: (path: string) => boolean }[] = [
  {
    name: "foundation",
    holds: (path) =>
      path === "deno.json" || /^lib\/(errors|exit_codes|io|random|version)\.ts$/.test(path) ||
      /^lib\/(framing|sync|protocols)\//.test(path),
  },
  {
    name: "present",
    holds: (path) => path.startsWith("lib/present/") || path === "lib/capture.ts",
  },
  { name: "transport", holds: (path) => path.startsWith("lib/transport/") },
  { name: "cli", holds: (path) => path.startsWith("lib/cli/") },
  { name: "run", holds: (path) => path.startsWith("lib/run/") },
  { name: "check", holds: (path) => path.startsWith("lib/check/") },
  { name: "lessons", holds: (path) => /^lib\/course\/[^/]+\//.test(path) },
  { name: "registry", holds: (path) => /^lib\/course\/[^/]+\.ts$/.test(path) },
  { name: "main", holds: (path) => path === "main.ts" || path === "check.ts" },
];

/** Protocol files: bytes in, replies out. They import the foundation and each other, nothing else. */
const isProtocol = (path: string) =>
  path.startsWith("lib/protocols/") || /^lib\/course\/[^/]+\/(\w*protocol|store)\.ts$/.test(path);

function layerOf(path: string): number {
  const layer = LAYERS.findIndex((candidate) => candidate.holds(path));
  if (layer < 0) throw new Error(`${path} is in no layer: place it in ARCHITECTURE.md and here`);
  return layer;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']/g;

/** A source file's imports of packages and of the runtime (`@std/path`, `node:sqlite`). */
interface PackageImport {
  readonly from: string;
  readonly specifier: string;
}

/** Every import of every source file: relative ones as project paths, the others as written. */
async function allImports(): Promise<
  { files: { from: string; to: string }[]; packages: PackageImport[] }
> {
  const files: { from: string; to: string }[] = [];
  const packages: PackageImport[] = [];
  const sources = [join(ROOT, "main.ts"), join(ROOT, "check.ts")];
  for await (const entry of walk(join(ROOT, "lib"), { exts: [".ts"], includeDirs: false })) {
    sources.push(entry.path);
  }
  const project = (path: string) => relative(ROOT, path).split(SEPARATOR).join("/");
  for (const file of sources) {
    const source = await Deno.readTextFile(file);
    for (const [, specifier] of source.matchAll(IMPORT)) {
      if (specifier.startsWith(".")) {
        files.push({ from: project(file), to: project(join(dirname(file), specifier)) });
      } else {
        packages.push({ from: project(file), specifier });
      }
    }
  }
  return { files, packages };
}

/** Every relative import of every source file, as project paths with forward slashes. */
async function imports(): Promise<{ from: string; to: string }[]> {
  return (await allImports()).files;
}

Deno.test("imports point down the layers: no file imports a layer above its own", async () => {
  const upward = (await imports())
    .filter(({ from, to }) => layerOf(to) > layerOf(from))
    .map(({ from, to }) => `${from} (${LAYERS[layerOf(from)].name}) → ${to}`);
  assertEquals(upward, []);
});

Deno.test("protocols are pure: they import only the foundation (framing, sync, errors) and protocols", async () => {
  const impure = (await imports())
    .filter(({ from, to }) => isProtocol(from) && !isProtocol(to) && layerOf(to) > 0)
    .map(({ from, to }) => `${from} → ${to}`);
  assertEquals(impure, []);
});

Deno.test("a lesson's folder does not reach into another lesson's: only the registry knows them all", async () => {
  const topic = (path: string) => /^lib\/course\/([^/]+)\//.exec(path)?.[1];
  const across = (await imports())
    .filter(({ from, to }) => topic(from) && topic(to) && topic(from) !== topic(to))
    .map(({ from, to }) => `${from} → ${to}`);
  assertEquals(across, []);
});

Deno.test("the rule sees every import: it finds the ones main.ts and check.ts make, packages too", async () => {
  const { files, packages } = await allImports();
  const fromMain = files.filter(({ from }) => from === "main.ts").map(({ to }) => to);
  assertEquals(fromMain.includes("lib/course/modes.ts"), true);
  assertEquals(fromMain.includes("lib/cli/parse.ts"), true);
  const fromCheck = files.filter(({ from }) => from === "check.ts").map(({ to }) => to);
  assertEquals(fromCheck.includes("lib/check/exercises.ts"), true);
  assertEquals(
    packages.some(({ from, specifier }) =>
      from === "lib/course/db/store.ts" && specifier === "node:sqlite"
    ),
    true,
  );
});

Deno.test("protocols use no runtime module but the store's database; only the transport resolves names", async () => {
  const { packages } = await allImports();
  const runtime = packages.filter(({ specifier }) => !specifier.startsWith("@std/"));
  // A protocol is bytes in, replies out; the person database keeps its records in node:sqlite.
  assertEquals(
    runtime.filter(({ from }) => isProtocol(from)).map(({ from, specifier }) =>
      `${from} → ${specifier}`
    ),
    ["lib/course/db/store.ts → node:sqlite"],
  );
  // Sockets and names belong to the transport: nothing else reaches node:net, node:dgram or node:dns.
  assertEquals(
    runtime
      .filter(({ specifier }) => /^node:(net|dgram|dns|tls|http)\b/.test(specifier))
      .filter(({ from }) => !from.startsWith("lib/transport/"))
      .map(({ from, specifier }) => `${from} → ${specifier}`),
    [],
  );
});
