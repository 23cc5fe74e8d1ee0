import { assertEquals } from "@std/assert";
import { FakeTime } from "@std/testing/time";
import { captureIo } from "../lib/capture.ts";
import { bar, describeTransfer, Progress } from "../lib/present/progress.ts";
import { formatBytes, formatRate } from "../lib/present/units.ts";

Deno.test("sizes read as people read them: exact bytes below 1 KiB, then three digits in KiB, MiB, GiB", () => {
  assertEquals(formatBytes(0), "0 B");
  assertEquals(formatBytes(1023), "1023 B");
  assertEquals(formatBytes(1024), "1 KiB");
  assertEquals(formatBytes(1536), "1.5 KiB");
  assertEquals(formatBytes(16800), "16.4 KiB");
  assertEquals(formatBytes(200 * 1024), "200 KiB");
  assertEquals(formatBytes(5 * 1024 ** 2), "5 MiB");
  assertEquals(formatBytes(2.31 * 1024 ** 3), "2.31 GiB");
  assertEquals(formatRate(1.5 * 1024 ** 2), "1.5 MiB/s");
});

Deno.test("a transfer's line shows a bar, its share, the sizes and the speed", () => {
  assertEquals(bar(0), "[------------------------]   0%");
  assertEquals(bar(0.5), "[############------------]  50%");
  assertEquals(bar(2), "[########################] 100%");
  assertEquals(
    describeTransfer(512 * 1024, 1024 * 1024, 2000),
    "[############------------]  50%  512 KiB / 1 MiB  256 KiB/s",
  );
  // An empty file is done as soon as it starts.
  assertEquals(describeTransfer(0, 0, 0), "[########################] 100%  0 B / 0 B  0 B/s");
});

Deno.test("off a terminal, progress is a plain line a second and a last line at the end, never twice the same", async () => {
  let now = 0;
  const io = captureIo();
  const progress = new Progress(1000, io.stderr, { terminal: false, now: () => now });
  progress.add(100); // Shown: the first line comes at once.
  now = 500;
  progress.add(100); // Not shown: less than a second since the last line.
  now = 1000;
  progress.add(300);
  now = 1200;
  progress.add(500);
  await progress.finish();
  assertEquals(io.stderrLines().map((line) => line.slice(0, 31)), [
    "[##----------------------]  10%",
    "[############------------]  50%",
    "[########################] 100%",
  ]);
  // A small file arrives in one piece: one line, not the same line again at the end.
  const small = captureIo();
  const once = new Progress(10, small.stderr, { terminal: false, now: () => 0 });
  once.add(10);
  await once.finish();
  assertEquals(small.stderrLines().length, 1);
});

Deno.test("on a terminal, std's ProgressBar redraws the line in place ten times a second", async () => {
  using time = new FakeTime();
  const io = captureIo();
  const progress = new Progress(1000, io.stderr, { terminal: true });
  progress.add(250);
  await time.tickAsync(100);
  progress.add(750);
  await time.tickAsync(100);
  await progress.finish();
  const frames = io.stderrText().split("\r\x1b[K").filter((frame) => frame !== "");
  assertEquals(frames.map((frame) => frame.slice(0, 31)), [
    "[------------------------]   0%",
    "[######------------------]  25%",
    "[########################] 100%",
    "[########################] 100%",
  ]);
  // The last state stays on screen, its line ended.
  assertEquals(io.stderrText().endsWith("\n"), true);
});

Deno.test("a bar that a report follows is wiped when it ends", async () => {
  using time = new FakeTime();
  const io = captureIo();
  const progress = new Progress(10, io.stderr, { terminal: true, clear: true });
  progress.set(5);
  await time.tickAsync(100);
  await progress.finish();
  assertEquals(io.stderrText().endsWith("\r\x1b[K"), true);
  assertEquals(io.stderrText().includes("\n"), false);
});
