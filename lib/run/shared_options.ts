import type { BytesListOption, IntegerOption } from "../cli/spec.ts";
import type { PlainKey } from "../present/catalogue.ts";

/** The longest request line a line-protocol server takes by default, in bytes. */
export const DEFAULT_MAX_LINE = 64 * 1024;

/** `--max-line`, the same in every line-protocol server (text-server, db-server). */
export const maxLineOption = {
  kind: "integer",
  default: DEFAULT_MAX_LINE,
  range: [1, 16 * 1024 * 1024],
  placeholder: "BYTES",
  help: "help.option.maxLine",
} as const satisfies IntegerOption;

/** `--request`, the same in every line-protocol client (text-client, db-client); repeatable. */
export const requestOption = {
  kind: "bytes-list",
  placeholder: "LINE",
  help: "help.option.request",
} as const satisfies BytesListOption;

/**
 * `--max-message`, the limit every stream server that reads whole messages puts on one (1 MiB by
 * default), with the help text of the mode that has it.
 */
export function maxMessageOption<const Help extends PlainKey>(help: Help) {
  return {
    kind: "integer",
    default: 1024 * 1024,
    range: [1, 1024 * 1024 * 1024],
    placeholder: "BYTES",
    help,
  } as const satisfies IntegerOption;
}
