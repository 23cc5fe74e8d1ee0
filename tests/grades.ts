/** A check's grade at a glance, for tests and `deno task check-stability`. */
import type { CheckResult } from "../check.ts";

/** Each stage as `✓`, `✗problem` or `–` (skipped), in order. */
export function marks(report: CheckResult): string[] {
  return report.stages.map((stage) =>
    stage.skipped ? "–" : stage.passed ? "✓" : `✗${stage.failure!.problem}`
  );
}
