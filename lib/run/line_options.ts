import type { BytesListOption, IntegerOption } from "../cli/spec.ts";

/** The longest request line a line-protocol server takes by default, in bytes. */
export const DEFAULT_MAX_LINE = 64 * 1024;

/** `--max-line`, the same in every line-protocol server (text-server, db-server). */
export const maxLineOption = {
  kind: "integer",
  default: DEFAULT_MAX_LINE,
  min: 1,
  max: 16 * 1024 * 1024,
  placeholder: "BYTES",
  help: "help.option.maxLine",
} as const satisfies IntegerOption;

/** `--request`, the same in every line-protocol client (text-client, db-client); repeatable. */
export const requestOption = {
  kind: "bytes-list",
  placeholder: "LINE",
  help: "help.option.request",
} as const satisfies BytesListOption;
