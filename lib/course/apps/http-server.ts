import { byteCount } from "../../present/units.ts";
import { escape } from "@std/html/entities";
import { defineMode } from "../../cli/define.ts";
import { safeText } from "../../present/printable.ts";
import { readFull } from "../../framing/chunks.ts";
import type { Translate } from "../../present/catalogue.ts";
import { parseHead, readHead, response, showRequest, wantsHtml } from "./http_protocol.ts";
import type { Stream } from "../../transport/stream.ts";
import { type ModeContext, modeContext } from "../../run/context.ts";
import { runStreamServer } from "../../run/stream_server.ts";
import { PORTS } from "../../run/ports.ts";

/**
 * A web server that serves no files: every browser or curl request gets a page showing exactly
 * what arrived over its TCP connection, so students see that HTTP is text over a socket.
 */
export const httpServer = defineMode({
  name: "http-server",
  port: PORTS.http,
  role: "stream-server",
  examples: ["socklab http-server", "curl -i http://127.0.0.1:8000/hola"],
  options: {
    maxHead: {
      kind: "integer",
      default: 16 * 1024,
      range: [256, 1024 * 1024],
      placeholder: "BYTES",
    },
  },
  async run(options, io): Promise<number> {
    const ctx = modeContext(options, io);
    return await runStreamServer(options, ctx, io, {
      concurrency: "concurrent",
      intro: ctx.t("http.serving"),
      handle: (stream) => mirror(stream, options.maxHead, ctx),
    });
  },
});

/** Answers one request with a page of what arrived, then closes. */
async function mirror(stream: Stream, maxHead: number, ctx: ModeContext): Promise<void> {
  // The head is due at once: its deadline (--request-timeout) runs from the connection, and goes
  // on over the body it announces, so a body declared and never sent holds no slot for longer.
  stream.beginRequest();
  try {
    await answer(stream, maxHead, ctx);
  } finally {
    stream.endRequest();
  }
}

/** Reads a request, head and announced body, within one deadline, and answers it. */
async function answer(stream: Stream, maxHead: number, ctx: ModeContext): Promise<void> {
  const { t } = ctx;
  const result = await readHead(stream, maxHead);
  // A refusal's lingering close is not part of the request.
  if (result.kind !== "head") stream.endRequest();
  if (result.kind === "eof") return;
  if (result.kind === "too-long") {
    await refuse(
      stream,
      "431 Request Header Fields Too Large",
      t("http.tooLong", { limit: maxHead }),
      ctx,
    );
    return;
  }
  const head = parseHead(new TextDecoder().decode(result.head));
  if (!head) {
    stream.endRequest();
    await refuse(stream, "400 Bad Request", t("http.notHttp"), ctx);
    return;
  }
  // A small body is shown too: read what the head announced, up to the head's own limit.
  const length = Number(head.headers.get("content-length") ?? 0);
  let body = result.rest;
  if (Number.isSafeInteger(length) && length > body.length && length <= maxHead) {
    const whole = new Uint8Array(length);
    whole.set(body);
    if (await readFull(stream, whole.subarray(body.length))) body = whole;
  }
  stream.endRequest();
  const shown = length <= maxHead ? body.subarray(0, Math.max(length, 0)) : new Uint8Array();
  const arrived = new Uint8Array(result.head.length + shown.length);
  arrived.set(result.head);
  arrived.set(shown, result.head.length);
  const html = wantsHtml(head);
  const bodyNotShown = length > maxHead ? length : 0;
  const page = html
    ? htmlPage(arrived, stream, bodyNotShown, ctx)
    : textPage(arrived, stream, bodyNotShown, t);
  const reply = response("200 OK", html ? "text/html" : "text/plain", page, {
    withBody: head.method !== "HEAD",
  });
  await stream.write(reply);
  ctx.say(t("http.request", {
    peer: stream.peer,
    method: safeText(head.method),
    target: safeText(head.target),
    status: 200,
    type: html ? "text/html" : "text/plain",
    bytes: byteCount(reply.length),
  }));
}

function explanation(arrived: Uint8Array, stream: Stream, bodyNotShown: number, t: Translate) {
  const lines = [
    t("http.from", { peer: stream.peer, local: stream.local, bytes: byteCount(arrived.length) }),
  ];
  if (bodyNotShown > 0) lines.push(t("http.bodyNotShown", { bytes: byteCount(bodyNotShown) }));
  return lines;
}

function textPage(arrived: Uint8Array, stream: Stream, bodyNotShown: number, t: Translate): string {
  return [
    t("http.title"),
    "",
    ...explanation(arrived, stream, bodyNotShown, t),
    "",
    showRequest(arrived),
  ].join("\n") + "\n";
}

/** A long line of the request wraps with a hanging indent, so it never reads as a new line. */
const PAGE_STYLE = [
  "body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem}",
  "pre{background:#f4f4f4;padding:1rem;white-space:pre-wrap;overflow-wrap:anywhere}",
  ".line{display:block;padding-left:2ch;text-indent:-2ch}",
].join("");

function htmlPage(arrived: Uint8Array, stream: Stream, bodyNotShown: number, ctx: ModeContext) {
  const { t } = ctx;
  const title = escape(t("http.title"));
  const paragraphs = explanation(arrived, stream, bodyNotShown, t)
    .map((line) => `<p>${escape(line)}</p>`).join("\n");
  // One block per line of the request: a long header wraps, indented, instead of running off.
  const lines = showRequest(arrived).split("\n")
    .map((line) => `<span class="line">${escape(line)}</span>`).join("");
  return `<!doctype html>
<html lang="${ctx.lang}">
<meta charset="utf-8">
<title>socklab: ${title}</title>
<style>${PAGE_STYLE}</style>
<h1>${title}</h1>
${paragraphs}
<pre>${lines}</pre>
`;
}

/** Answers with an error and closes gently, so that the client reads the answer. */
async function refuse(stream: Stream, status: string, reason: string, ctx: ModeContext) {
  await stream.write(response(status, "text/plain", reason + "\n", { withBody: true }));
  ctx.warn(ctx.t("http.refused", { peer: stream.peer, status, reason }));
  await stream.lingerAndClose();
}
