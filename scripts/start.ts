/**
 * `deno task start`: socklab, running the demo when given no arguments, so the first command a
 * student types shows every lesson. Paths (`file-send apuntes.pdf`, `--dir recibidos`) resolve
 * where the user stands, as they would with the binary: `deno task` runs in the checkout and says
 * in INIT_CWD where it was started.
 */
import { runProcess } from "../main.ts";

const startedIn = Deno.env.get("INIT_CWD");
if (startedIn) Deno.chdir(startedIn);
await runProcess(Deno.args.length > 0 ? Deno.args : ["demo"]);
