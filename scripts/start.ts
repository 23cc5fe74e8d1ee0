/**
 * `deno task start`: socklab, running the demo when given no arguments, so the first command a
 * student types shows every lesson.
 */
import { runProcess } from "../main.ts";

await runProcess(Deno.args.length > 0 ? Deno.args : ["demo"]);
