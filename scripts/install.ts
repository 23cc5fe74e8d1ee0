// A build tool, not a mode: it talks to the developer directly.
// deno-lint-ignore-file no-console
/**
 * `deno task install`: a `socklab` command for someone working from the source, with no download.
 * It bundles socklab (`deno task bundle`) and installs the bundle with `deno install --global`,
 * with exactly the binaries' permissions. The command runs `dist/socklab.js` from this clone, so
 * `deno task bundle` after changing the source updates it, and moving the clone breaks it.
 *
 * @module
 */
import { bundle, BUNDLE_PATH, BUNDLE_RUN_ARGS } from "./bundle.ts";

/** The `deno` arguments that install `bundlePath` as the command `socklab`. */
export function installArgs(bundlePath: string = BUNDLE_PATH): string[] {
  // `deno run`'s own flags for the bundle, minus the subcommand.
  const runFlags = BUNDLE_RUN_ARGS.filter((arg) => arg !== "run");
  return ["install", "--global", "--force", "--name", "socklab", ...runFlags, bundlePath];
}

if (import.meta.main) {
  if (Deno.args.length > 0) {
    console.error(`install: unknown argument ${Deno.args[0]} (it takes none)`);
    Deno.exit(2);
  }
  const built = await bundle();
  if (built !== 0) Deno.exit(built);
  const { code } = await new Deno.Command(Deno.execPath(), {
    args: installArgs(),
    stdin: "null",
  }).spawn().status;
  if (code === 0) {
    console.log(
      `install: try \`socklab demo\` (from any folder); it runs ${BUNDLE_PATH} from this clone`,
    );
  }
  Deno.exit(code);
}
