/** socklab's exit codes: ok, a runtime failure, a usage mistake, a client stopped by Ctrl+C. */
export const EXIT = { ok: 0, failure: 1, usage: 2, interrupted: 130 } as const;
