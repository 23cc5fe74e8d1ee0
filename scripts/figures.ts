// A build tool, not a mode: it talks to the developer directly.
// deno-lint-ignore-file no-console
/**
 * `deno task figures`: the README's figures, drawn from real runs on loopback with `--trace-file`
 * and `socklab diagram`'s code: the course's echo loop that stalls beside the concurrent echo
 * server, and UDP with a datagram lost and sent again. Writes `docs/figures/*.svg` (and the traces
 * they come from, `*.jsonl`); `deno task screenshots` then renders them in headless Chromium.
 *
 * @module
 */
import { join } from "@std/path";
import { echoServer } from "../lib/course/echo/echo-server.ts";
import { udpClient } from "../lib/course/udp/udp-client.ts";
import { udpServer } from "../lib/course/udp/udp-server.ts";
import { parseModeOptions } from "../lib/cli/parse.ts";
import type { CommonOptions, Mode } from "../lib/cli/spec.ts";
import { translator } from "../lib/present/catalogue.ts";
import { buildDiagram } from "../lib/present/diagram/model.ts";
import { mergeTraces, parseTrace } from "../lib/present/diagram/records.ts";
import { renderSvg } from "../lib/present/diagram/svg.ts";
import { Trace, traceProcessName } from "../lib/present/trace.ts";
import { runMode, startServer } from "../lib/run/in_process.ts";
import { repeatableRandom } from "../lib/random.ts";
import { connectStream } from "../lib/transport/endpoint.ts";
import type { Stream } from "../lib/transport/stream.ts";
import { readFull } from "../lib/framing/chunks.ts";

/** Where the figures go. */
export const FIGURES = join("docs", "figures");

const encoder = new TextEncoder();

function options<O extends CommonOptions>(mode: Mode<O>, args: string[], traceFile: string): O {
  return { ...parseModeOptions(mode, [...args, "--quiet"], "en"), port: 0, traceFile };
}

/**
 * The course's sequence against one echo server: client 1 sends a line and gets its echo; client
 * 2 connects and sends one; half a second later client 1 sends again.
 */
async function echoScene(args: string[], traceFile: string): Promise<void> {
  await using server = await startServer(echoServer, options(echoServer, args, traceFile));
  const client = () =>
    connectStream({
      host: "127.0.0.1",
      port: server.port,
      trace: new Trace(null, {
        file: { path: traceFile, mode: "echo-client", process: traceProcessName() },
      }),
    });
  const talk = async (stream: Stream, text: string) => {
    const message = encoder.encode(text + "\r\n");
    await stream.write(message);
    await readFull(stream, new Uint8Array(message.length));
  };
  const first = await client();
  const second = await client();
  try {
    await talk(first, "uno");
    const waiting = talk(second, "dos");
    await new Promise((resolve) => setTimeout(resolve, 500));
    await talk(first, "tres");
    await waiting;
  } finally {
    first.close();
    second.close();
  }
}

/** A seed whose first datagram is dropped and whose second gets through, at `rate`. */
function stateLosingTheFirst(rate: number): number {
  for (let state = 0;; state++) {
    const random = repeatableRandom(state);
    if (random() < rate && random() >= rate) return state;
  }
}

/** One datagram, lost, sent again after `--timeout`, and acknowledged. */
async function udpScene(traceFile: string): Promise<void> {
  const state = String(stateLosingTheFirst(0.5));
  await using server = await startServer(
    udpServer,
    options(udpServer, ["--drop", "0.5", "--seed", state], traceFile),
  );
  await runMode(udpClient, {
    ...options(udpClient, ["--retries", "3", "--timeout", "0.5"], traceFile),
    port: server.port,
  });
}

/** Draws one trace file as an SVG beside it; resolves to the SVG's path. */
export async function draw(traceFile: string, title: string): Promise<string> {
  const entries = mergeTraces([parseTrace(await Deno.readTextFile(traceFile), 0)]);
  const svg = traceFile.replace(/\.jsonl$/, ".svg");
  await Deno.writeTextFile(svg, renderSvg(buildDiagram(entries, translator("en")), title));
  return svg;
}

/** Each figure: its file name, its title, and the run it is drawn from. */
export const SCENES: readonly {
  name: string;
  title: string;
  play: (file: string) => Promise<void>;
}[] = [
  {
    name: "echo-blocking",
    title: "echo-server --blocking: client 2 waits until client 1 sends again",
    play: (file) => echoScene(["--blocking"], file),
  },
  {
    name: "echo-concurrent",
    title: "echo-server: one task per client, client 2 answered at once",
    play: (file) => echoScene([], file),
  },
  {
    name: "udp-retry",
    title: "udp-client --retries 3: the first datagram is lost, the second acknowledged",
    play: udpScene,
  },
];

if (import.meta.main) {
  await Deno.mkdir(FIGURES, { recursive: true });
  for (const scene of SCENES) {
    const file = join(FIGURES, `${scene.name}.jsonl`);
    await Deno.remove(file).catch(() => {});
    await scene.play(file);
    console.log(`figures: ${await draw(file, scene.title)}`);
  }
}
