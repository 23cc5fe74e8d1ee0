import config from "../deno.json" with { type: "json" };

/** socklab's version, from deno.json (imported, so compiled binaries carry it). */
export const VERSION: string = config.version;

/** What `socklab --version` prints. */
export function versionLine(): string {
  return `socklab ${VERSION} (deno ${Deno.version.deno}, ${Deno.build.target})`;
}
