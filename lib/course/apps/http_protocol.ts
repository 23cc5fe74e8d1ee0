/**
 * The request-mirroring HTTP server's logic: read a request head within a limit, and build the
 * page that shows what arrived. No sockets here.
 *
 * @module
 */
import { ByteBuffer } from "../../framing/byte_buffer.ts";
import type { ByteSource } from "../../framing/chunks.ts";

/** How a request head ended. */
export type HeadResult =
  | { readonly kind: "head"; readonly head: Uint8Array; readonly rest: Uint8Array }
  | { readonly kind: "too-long" }
  | { readonly kind: "eof"; readonly partial: Uint8Array };

/** The position just after the blank line that ends a head (CR LF CR LF, or LF LF), or -1. */
function headEnd(bytes: Uint8Array, from: number): number {
  for (let i = Math.max(0, from); i < bytes.length; i++) {
    if (bytes[i] !== 0x0a) continue;
    if (bytes[i + 1] === 0x0a) return i + 2;
    if (bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a) return i + 3;
  }
  return -1;
}

/**
 * Reads a request head: everything up to the first blank line, which must come within `limit`
 * bytes. `rest` is what arrived after it (the start of a body).
 */
export async function readHead(source: ByteSource, limit: number): Promise<HeadResult> {
  const buffer = new ByteBuffer(1024);
  const chunk = new Uint8Array(4096);
  for (;;) {
    const n = await source.read(chunk);
    if (n === null) return { kind: "eof", partial: buffer.bytes().slice() };
    const searchFrom = buffer.length - 3;
    buffer.append(chunk.subarray(0, n));
    const bytes = buffer.bytes();
    const end = headEnd(bytes, searchFrom);
    if (end >= 0 && end <= limit) {
      return { kind: "head", head: bytes.slice(0, end), rest: bytes.slice(end) };
    }
    if (end > limit || buffer.length > limit) return { kind: "too-long" };
  }
}

/** A request head taken apart. */
export interface RequestHead {
  readonly method: string;
  readonly target: string;
  readonly version: string;
  /** Header names in lower case; a repeated header keeps its last value. */
  readonly headers: ReadonlyMap<string, string>;
}

/** The request line and headers of a head, or undefined when it is not HTTP. */
export function parseHead(head: string): RequestHead | undefined {
  const lines = head.split(/\r?\n/);
  const match = /^([A-Z]+) (\S+) (HTTP\/\d\.\d)$/.exec(lines[0] ?? "");
  if (!match) return undefined;
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    if (line === "") continue;
    const colon = line.indexOf(":");
    if (colon <= 0) return undefined;
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { method: match[1], target: match[2], version: match[3], headers };
}

/** Whether the client prefers a web page (a browser) to plain text (curl). */
export function wantsHtml(head: RequestHead): boolean {
  return /\btext\/html\b/.test(head.headers.get("accept") ?? "");
}

/**
 * The bytes of a request as lines a person can read, each line ending shown as the `\r\n` or
 * `\n` it was on the wire, and other control characters as `\xHH`.
 */
export function showRequest(bytes: Uint8Array): string {
  const text = new TextDecoder().decode(bytes);
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    const code = char.charCodeAt(0);
    if (char === "\r" && text[i + 1] === "\n") {
      out += "\\r\\n\n";
      i++;
    } else if (char === "\n") {
      out += "\\n\n";
    } else if (code < 0x20 || code === 0x7f) {
      out += "\\x" + code.toString(16).padStart(2, "0");
    } else {
      out += char;
    }
  }
  return out;
}

/** A whole HTTP/1.1 response with `Connection: close` and an exact Content-Length. */
export function response(
  status: string,
  contentType: string,
  body: string,
  options: { withBody: boolean },
): Uint8Array {
  const bytes = new TextEncoder().encode(body);
  const head = `HTTP/1.1 ${status}\r\n` +
    `Content-Type: ${contentType}; charset=utf-8\r\n` +
    `Content-Length: ${bytes.length}\r\n` +
    "Connection: close\r\n" +
    "Cache-Control: no-store\r\n" +
    "Server: socklab\r\n\r\n";
  const headBytes = new TextEncoder().encode(head);
  if (!options.withBody) return headBytes;
  const out = new Uint8Array(headBytes.length + bytes.length);
  out.set(headBytes);
  out.set(bytes, headBytes.length);
  return out;
}
