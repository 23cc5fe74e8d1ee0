import { defineMode } from "../../cli/define.ts";
import { EXIT } from "../../exit_codes.ts";
import { printable } from "../../present/printable.ts";
import { TEXT_OPERATIONS, TEXT_VERBS, type TextOperation, transform } from "./protocol.ts";
import type { Stream } from "../../transport/stream.ts";
import type { ModeContext } from "../../run/context.ts";
import { runLineSession, sessionExitCode } from "../../run/line_client.ts";
import { requestOption } from "../../run/shared_options.ts";
import { runStreamClient } from "../../run/stream_client.ts";
import { PORTS } from "../../run/ports.ts";

/**
 * The text service's client: a person types requests at a prompt (or pipes them, or gives them
 * with --request) and sees each answer; `--raw` is the course's first, one-shot client.
 */
export const textClient = defineMode({
  name: "text-client",
  port: PORTS.text,
  role: "stream-client",
  examples: [
    "socklab text-server",
    "socklab text-client --request 'MAYUS ¡Hola, señor!' --request 'INVERTIR 👍🏽 hola'",
  ],
  options: {
    request: requestOption,
    raw: { kind: "choice", choices: TEXT_OPERATIONS, placeholder: "OP" },
    message: { kind: "bytes", default: "Hola" },
  },
  validate(options, check) {
    if (check.given("raw") && check.given("request")) {
      check.conflicts("raw", "request", "why.text-client.raw-request");
    }
    if (check.given("message") && !options.raw) {
      check.requires("message", "raw", "socklab text-client --raw upper --message Hola");
    }
  },
  run(options, io): Promise<number> {
    return runStreamClient(options, io, async (stream, ctx) => {
      if (options.raw) return await askRaw(stream, options.raw, options.message, ctx);
      const result = await runLineSession(
        stream,
        {
          requests: options.request,
          isQuit: (line) => TEXT_VERBS.verbOf(line) === "quit",
        },
        ctx,
        io,
      );
      return sessionExitCode(result, io);
    });
  },
});

/** The course's first text client: send once, read once, and say what the server made of it. */
async function askRaw(
  stream: Stream,
  operation: TextOperation,
  message: Uint8Array,
  ctx: ModeContext,
): Promise<number> {
  await stream.write(message);
  const buffer = new Uint8Array(1024);
  const n = await stream.read(buffer);
  if (n === null) {
    ctx.warn(ctx.t("text.closed"));
    return EXIT.failure;
  }
  const request = printable(message);
  const reply = printable(buffer.subarray(0, n));
  ctx.result(ctx.t(`text.rawAnswer.${operation}`, { request, reply }));
  // One recv may get only the start of a long reply (the lesson's point): only a reply that
  // differs from the start of the expected one is a mismatch.
  const sent = new TextDecoder().decode(message);
  const got = new TextDecoder().decode(buffer.subarray(0, n));
  if (transform(operation, sent).startsWith(got)) return EXIT.ok;
  const other = TEXT_OPERATIONS.find((candidate) => transform(candidate, sent) === got);
  ctx.warn(
    other
      ? ctx.t("text.rawOtherOperation", { operation, other })
      : ctx.t("text.rawUnexpected", { operation }),
  );
  return EXIT.failure;
}
