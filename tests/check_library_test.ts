/**
 * `check()` as a library: an exact reply is judged byte for byte, and the result carries the same
 * report as JUnit XML that `socklab check --junit` writes.
 */
import { assert, assertEquals, assertStringIncludes } from "@std/assert";
import { check } from "../check.ts";
import { lineServer } from "./helpers.ts";

/** A stage that sends `hola` and expects exactly `reply`. */
function exactStage(title: string, reply: string) {
  return {
    title,
    timeout: 2,
    steps: [
      { do: "connect" },
      { do: "send", text: "hola\n" },
      { do: "expect", reply: { exact: reply }, until: "\n" },
    ],
  };
}

Deno.test("an exact reply passes only byte for byte, and check().junit() reports each stage as a test case", async () => {
  const server = lineServer((line) => `OK ${line.toUpperCase()}`);
  try {
    const result = await check({
      name: "exacto",
      title: "exact replies",
      stages: [
        exactStage("the very bytes", "OK HOLA\n"),
        exactStage("one space more", "OK HOLA \n"),
        exactStage("without its line end", "OK HOLA"),
      ],
    }, { port: (server.addr as Deno.NetAddr).port });
    assertEquals(result.stages.map((stage) => stage.passed), [true, false, false]);
    assertEquals(result.stages[1].failure?.problem, "mismatch");
    assertEquals(result.stages[2].failure?.problem, "mismatch");
    const junit = result.junit();
    assert(junit.startsWith("<?xml"), junit);
    assertEquals(junit.match(/<testcase /g)?.length, 3, junit);
    assertEquals(junit.match(/<failure /g)?.length, 2, junit);
    assertStringIncludes(junit, 'name="exacto"');
    assertStringIncludes(junit, "one space more");
    assertEquals(result.json(), JSON.parse(JSON.stringify(result.json())));
  } finally {
    server.close();
    await server.done;
  }
});
