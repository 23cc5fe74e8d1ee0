// A build tool, not a mode: it talks to the developer directly.
// deno-lint-ignore-file no-console
/**
 * `deno task screenshots`: renders every figure of docs/figures (`deno task figures`) in headless
 * Chromium, as a browser shows them, into a PNG beside each: what is looked at before a figure is
 * committed. Needs `chromium` (Debian: `apt-get install chromium`); says so when it is missing.
 *
 * @module
 */
import { join } from "@std/path";
import { FIGURES } from "./figures.ts";

/** The size an SVG asks for, from its `width` and `height`. */
export function svgSize(svg: string): { width: number; height: number } {
  const width = Number(/<svg[^>]*\swidth="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 800);
  const height = Number(/<svg[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 600);
  return { width: Math.ceil(width), height: Math.ceil(height) };
}

/** Chromium's command, if one is installed. */
async function chromium(): Promise<string | undefined> {
  for (const name of ["chromium", "chromium-browser", "google-chrome"]) {
    try {
      const { success } = await new Deno.Command(name, {
        args: ["--version"],
        stdout: "null",
        stderr: "null",
      })
        .output();
      if (success) return name;
    } catch {
      // Not this one.
    }
  }
  return undefined;
}

if (import.meta.main) {
  const browser = await chromium();
  if (!browser) {
    console.error("screenshots: no chromium here — apt-get install chromium");
    Deno.exit(1);
  }
  for await (const entry of Deno.readDir(FIGURES)) {
    if (!entry.name.endsWith(".svg")) continue;
    const svg = join(FIGURES, entry.name);
    const png = svg.replace(/\.svg$/, ".png");
    const { width, height } = svgSize(await Deno.readTextFile(svg));
    const { success } = await new Deno.Command(browser, {
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        `--window-size=${width},${height}`,
        `--screenshot=${await Deno.realPath(".")}/${png}`,
        `file://${await Deno.realPath(svg)}`,
      ],
      stdout: "null",
      stderr: "null",
    }).output();
    console.log(`screenshots: ${success ? png : `FAILED ${svg}`}`);
  }
}
