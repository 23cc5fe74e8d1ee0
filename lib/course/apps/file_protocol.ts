/**
 * The file transfer protocol, reliable and ordered as the course says TCP is:
 *
 * 1. the sender sends one header line, JSON: `{"name": "notas.txt", "size": 1234, "sha256": "…"}`;
 * 2. the receiver answers `GO`, or `ERR code message` and closes (too large, exists, bad name…);
 * 3. the sender sends exactly `size` bytes and closes its sending side;
 * 4. the receiver answers `OK name` once size and SHA-256 match and the file is in place, or
 *    `ERR code message`.
 *
 * @module
 */
import { UNSAFE_TEXT } from "../../protocols/unsafe_text.ts";

/** The longest header line. */
export const MAX_HEADER = 4096;

/**
 * Why a receiver refuses a file: each code, with when it is sent (English Markdown, for
 * docs/protocols.md's table, which `deno task docs` writes from here).
 */
export const FILE_ERRORS = {
  "bad-header": "the first line is not such a JSON object",
  "bad-name":
    "nothing usable is left of the name, or it is named like socklab's temporary files (`.socklab-….part`)",
  "too-large": "the size is over the receiver's `--max-size`",
  exists:
    "a file of that name is there (without `--overwrite`), or another sender's is being received",
  incomplete: "the connection ended before `size` bytes arrived",
  "too-slow": "less than 10 KiB (or the rest of the file) arrived in 10 s",
  corrupt: "the bytes do not have the SHA-256 announced",
  disk: "the receiver could not write the file",
} as const;

/** A reason a receiver refuses a file. */
export type FileErrorCode = keyof typeof FILE_ERRORS;

/** What a receiver answers: go on, the file is kept (under this name), or refused (and why). */
export type FileReply =
  | { readonly kind: "go" }
  | { readonly kind: "ok"; readonly name: string }
  | { readonly kind: "err"; readonly code: FileErrorCode; readonly reason: string };

/**
 * A reply as its line: `GO`, `OK name`, `ERR code reason` (without the line end).
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * import { replyLine } from "./file_protocol.ts";
 *
 * assertEquals(replyLine({ kind: "ok", name: "notas.txt" }), "OK notas.txt");
 * assertEquals(replyLine({ kind: "err", code: "exists", reason: "ya existe" }), "ERR exists ya existe");
 * ```
 */
export function replyLine(reply: FileReply): string {
  switch (reply.kind) {
    case "go":
      return "GO";
    case "ok":
      return `OK ${reply.name}`;
    case "err":
      return `ERR ${reply.code} ${reply.reason}`;
  }
}

/** The reply a sender read, or undefined when the line is none (`ERR` with an unknown code too). */
export function parseReply(line: string): FileReply | undefined {
  if (line === "GO") return { kind: "go" };
  if (line.startsWith("OK ")) return { kind: "ok", name: line.slice(3) };
  const refused = /^ERR (\S+) ?(.*)$/s.exec(line);
  if (refused && Object.hasOwn(FILE_ERRORS, refused[1])) {
    return { kind: "err", code: refused[1] as FileErrorCode, reason: refused[2] };
  }
  return undefined;
}

/** What the sender says about the file before sending it. */
export interface FileHeader {
  readonly name: string;
  readonly size: number;
  /** SHA-256 of the content, lowercase hex. */
  readonly sha256: string;
}

/** The header of a file, as the sender writes it. */
export function headerLine(header: FileHeader): string {
  return JSON.stringify(header) + "\n";
}

/** The header a receiver got, or undefined if it is not one. */
export function parseHeader(line: string): FileHeader | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const { name, size, sha256 } = value as Record<string, unknown>;
  if (typeof name !== "string" || typeof sha256 !== "string" || !/^[0-9a-f]{64}$/.test(sha256)) {
    return undefined;
  }
  if (typeof size !== "number" || !Number.isSafeInteger(size) || size < 0) return undefined;
  return { name, size, sha256 };
}

const encoder = new TextEncoder();

/**
 * The name a received file is stored under: the last part of whatever path was sent (so
 * `../../etc/passwd` is `passwd`), without the characters a terminal must not get as they came
 * (controls, C1, bidirectional overrides: {@linkcode UNSAFE_TEXT}). Undefined when nothing usable is
 * left (`..`, an empty name) or it is longer than file systems allow (255 bytes).
 */
export function safeFileName(name: string): string | undefined {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(UNSAFE_TEXT, "").trim();
  if (cleaned === "" || cleaned === "." || cleaned === "..") return undefined;
  if (encoder.encode(cleaned).length > 255) return undefined;
  return cleaned;
}

/**
 * Whether `name` is one socklab gives the files it is still receiving (`.socklab-<id>.part`, in
 * any case, with the trailing dots and spaces Windows drops): those are removed when a receiver
 * starts, so no received file may be called so.
 */
export function isPartName(name: string): boolean {
  return /^\.socklab-.*\.part[. ]*$/i.test(name);
}
