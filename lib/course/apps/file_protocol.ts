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
