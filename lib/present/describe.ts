import {
  FileError,
  type FileProblem,
  fileProblemOf,
  NetError,
  StoreError,
  type StoreProblem,
} from "../errors.ts";
import { isPlainKey, languageOf, type Translate } from "./catalogue.ts";
import { formatNumber } from "./units.ts";

function explainNetError(error: NetError, t: Translate): string {
  const { host, port, address, seconds = 0, suggestion = port + 1, flag = "--allow-net", tried } =
    error.info;
  switch (error.kind) {
    case "refused":
      return tried && tried.length > 0
        ? t("error.refusedTried", { address, tried: tried.join(", ") })
        : t("error.refused", { address });
    case "reset":
      return t("error.reset", { address });
    case "broken-pipe":
      return t("error.brokenPipe", { address });
    case "connect-timeout":
      return t("error.connectTimeout", { address, seconds: formatNumber(seconds, languageOf(t)) });
    case "read-timeout":
      return t("error.readTimeout", { address, seconds: formatNumber(seconds, languageOf(t)) });
    case "datagram-timeout":
      return t("error.datagramTimeout", { address, seconds: formatNumber(seconds, languageOf(t)) });
    case "addr-in-use":
      return t("error.addrInUse", { host, port, suggestion });
    case "addr-not-available":
      return t("error.addrNotAvailable", { host });
    case "privileged-port":
      return t("error.privilegedPort", { port });
    case "permission-denied":
      return t("error.permissionDenied", { address });
    case "missing-permission":
      return t("error.missingPermission", { flag });
    case "host-not-found":
      return t("error.hostNotFound", { host });
    case "invalid-host":
      return t("error.invalidHost", { host });
    case "unreachable":
      return t("error.unreachable", { address });
    case "unix-in-use":
      return t("error.unixInUse", { address });
    case "not-a-socket":
      return t("error.notASocket", { address });
    case "no-socket":
      return t("error.noSocket", { address });
  }
}

/** What is wrong with a file or folder, translated: the same words on every OS. */
export function describeFileProblem(problem: FileProblem, t: Translate): string {
  return t(`file.problem.${problem}`);
}

function describeStoreProblem(problem: StoreProblem, t: Translate): string {
  switch (problem) {
    case "no-folder":
    case "not-a-database":
    case "locked":
    case "foreign":
      return t(`store.problem.${problem}`);
    default:
      return describeFileProblem(problem, t);
  }
}

function explainFileError(error: FileError, t: Translate): string {
  const problem = describeFileProblem(error.problem, t);
  const hint = `file.hint.${error.problem}`;
  return isPlainKey(hint)
    ? t("error.fileWithHint", { path: error.path, problem, hint: t(hint) })
    : t("error.file", { path: error.path, problem });
}

/** An error of the file system the user should see explained, not as the OS worded it. */
function isFileSystemError(error: unknown): error is Error {
  return error instanceof Error && fileProblemOf(error) !== "other";
}

/**
 * One translated line that says what went wrong and what to do about it. Only with `debug` does
 * a stack trace follow (of the runtime's original error, for a translated one).
 */
export function describeError(error: unknown, t: Translate, debug = false): string {
  let line: string;
  if (error instanceof NetError) {
    line = explainNetError(error, t);
  } else if (error instanceof StoreError) {
    line = error.foreign === undefined
      ? t("error.badStore", { path: error.path, reason: describeStoreProblem(error.problem, t) })
      : t("error.foreignStore", { path: error.path, what: error.foreign });
  } else if (error instanceof FileError) {
    line = explainFileError(error, t);
  } else if (isFileSystemError(error)) {
    // Deno names the path at the end of its message: "… (os error 2): stat 'notas.pdf'".
    const path = /'([^']+)'$/.exec(error.message)?.[1] ?? "?";
    line = explainFileError(FileError.from(path, error), t);
  } else if (error instanceof Deno.errors.NotCapable) {
    const flag = /--allow-[a-z-]+/.exec(error.message)?.[0] ?? "--allow-all";
    line = t("error.missingPermission", { flag });
  } else {
    const message = error instanceof Error ? error.message : String(error);
    line = t("error.unexpected", { message });
  }
  if (!debug) return line;
  const cause = error instanceof NetError || error instanceof FileError ? error.cause : error;
  const stack = cause instanceof Error ? cause.stack ?? cause.message : String(cause);
  return `${line}\n${stack}`;
}
