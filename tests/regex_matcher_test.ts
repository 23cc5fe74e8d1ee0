/**
 * socklab's own regex matcher (what `check` judges replies with) finds what JavaScript's RegExp
 * finds — where the match starts and the first group's text — on the course's regexes and on
 * thousands of generated ones; it refuses what it cannot run in bounded time, and it finishes
 * where RegExp backtracks for minutes.
 */
import { assertEquals, assertThrows } from "@std/assert";
import {
  compileRegex,
  MAX_PROGRAM,
  Search,
  searchNow,
  UnsupportedRegex,
} from "../lib/check/regex_program.ts";
import { readRegex, type RegexNode } from "../lib/check/regex_parse.ts";

/** What RegExp's `exec` finds, in the matcher's terms (without the group if `group` is false). */
function reference(source: string, text: string, group = true) {
  const found = new RegExp(source).exec(text);
  if (found === null) return undefined;
  return { index: found.index, ...(found[1] === undefined || !group ? {} : { group: found[1] }) };
}

/** Whether `node` can match the empty text. */
function nullable(node: RegexNode): boolean {
  switch (node.type) {
    case "char":
      return false;
    case "sequence":
      return node.items.every(nullable);
    case "either":
      return node.items.some(nullable);
    case "group":
      return nullable(node.body);
    case "repeat":
      return node.min === 0 || nullable(node.body);
    default:
      return true;
  }
}

/**
 * Whether `node` repeats, beyond its least count, a part that can match the empty text: where
 * RegExp refuses such a round and the matcher does not, the first group may differ.
 */
function repeatsEmpty(node: RegexNode): boolean {
  switch (node.type) {
    case "sequence":
    case "either":
      return node.items.some(repeatsEmpty);
    case "group":
      return repeatsEmpty(node.body);
    case "repeat":
      return (node.max > node.min && nullable(node.body)) || repeatsEmpty(node.body);
    default:
      return false;
  }
}

Deno.test("the matcher finds what RegExp finds on the course's regexes and on JavaScript's odd corners", () => {
  const cases: [string, string[]][] = [
    ["^UNO\\r?\\n?$", ["UNO", "UNO\r\n", "UNO\n\n", "uno"]],
    ['"saldo": ?(-?\\d+)', ['{"saldo": 300}', '"saldo":-5 "saldo": 7', "nada"]],
    ['^OK .*"saldo": ?150\\b', ['OK {"saldo": 150}', 'OK {"saldo": 1500}']],
    ["^OK PETICIÓN 2\\r?\\n$", ["OK PETICIÓN 2\n"]],
    ["^OK 👍🏽 ko\\r?\\n$", ["OK 👍🏽 ko\r\n"]],
    ["(a|ab)(c|bcd)(d*)", ["abcd", "xabcdd"]],
    ["(a*)*b", ["aaab", "aaa", "b"]],
    ["(a*?)b", ["aaab"]],
    ["(a+?)(a*)", ["aaaa"]],
    ["\\bfoo\\B", ["a foox", "foo", "xfoo foobar"]],
    ["[^\\d\\s-]+", ["12 -abc"]],
    ["[a-c-e]+", ["-eabcz"]],
    ["[\\w-.]+", ["ab-.c!"]],
    ["x{2,3}?", ["xxxx"]],
    ["(x){0}y", ["xy"]],
    ["a{", ["a{"]],
    ["a{1,", ["a{1,"]],
    ["\\x41\\u0042\\cJ\\0\\x4", ["AB\n\0x4"]],
    ["[\\b]\\c", ["\b\\c"]],
    ["(?:ab|a)(b?)", ["ab", "abb"]],
    ["(?<n>\\d+)-", ["12-"]],
    ["[]", ["x"]],
    ["[^]+", ["a\nb"]],
    [".+", ["ab\ncd", "\u2028x"]],
    ["$", ["abc"]],
    ["", ["abc"]],
    ["(|a)+", ["aa"]],
    ["(a|)+b", ["aab"]],
    ["^(?:(\\d)|x)+$", ["1x", "x1"]],
    ["[ñÑ]+", ["añÑo"]],
    ["\\s+(\\S+)", ["a \u00a0\u2028 b"]],
    ["\\q\\-\\/", ["q-/"]],
  ];
  for (const [source, texts] of cases) {
    for (const text of texts) {
      assertEquals(searchNow(compileRegex(source), text), reference(source, text), source);
    }
  }
});

/** A small generator of numbers from `seed`, the same ones on every run (mulberry32). */
function numbers(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random regex over `a`, `b` and space, with groups, choices, classes, anchors and repeats. */
function randomRegex(random: () => number, depth = 0): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const atom = (): string => {
    if (depth < 3 && random() < 0.3) {
      const open = pick(["(", "(?:", "(?<g>"]);
      const inner = Array.from(
        { length: 1 + Math.floor(random() * 2) },
        () => randomRegex(random, depth + 1),
      );
      return `${open}${inner.join("|")})`.replace("(?<g>", `(?<g${Math.floor(random() * 1e9)}>`);
    }
    return pick(["a", "b", " ", ".", "[ab]", "[^a]", "\\w", "\\s", "\\b", "^", "$", "\\d"]);
  };
  const parts: string[] = [];
  for (let i = 0; i < 1 + Math.floor(random() * 3); i++) {
    let part = atom();
    if (!/^(\^|\$|\\b)$/.test(part) && random() < 0.4) {
      part += pick(["*", "+", "?", "{0,2}", "{2}", "{1,}"]) + (random() < 0.3 ? "?" : "");
    }
    parts.push(part);
  }
  return parts.join("");
}

Deno.test("the matcher finds what RegExp finds on 3,000 generated regexes, each on six texts (the first group where no repeated part can match nothing)", () => {
  const random = numbers(27);
  for (let i = 0; i < 3000; i++) {
    const source = randomRegex(random);
    const program = compileRegex(source);
    const group = !repeatsEmpty(readRegex(source));
    for (let j = 0; j < 6; j++) {
      const text = Array.from(
        { length: Math.floor(random() * 9) },
        () => "ab 1"[Math.floor(random() * 4)],
      ).join("");
      let found = searchNow(program, text);
      if (!group && found) found = { index: found.index };
      assertEquals(found, reference(source, text, group), `${source} on "${text}"`);
    }
  }
});

Deno.test("backreferences, lookarounds, modifiers and regexes too large once written out are refused, naming the part", () => {
  const refused: [string, string, UnsupportedRegex["why"]][] = [
    ["^(a)\\1$", "\\1", "backreference"],
    ["^(?<x>a)\\k<x>$", "\\k<x>", "backreference"],
    ["^(?=OK)", "(?=OK)", "lookaround"],
    ["x(?!y)", "(?!y)", "lookaround"],
    ["(?<=a)b", "(?<=a)", "lookaround"],
    ["(?<!a)b", "(?<!a)", "lookaround"],
    ["(?i:ok)", "(?i:ok)", "modifiers"],
    [`a{${MAX_PROGRAM}}`, `a{${MAX_PROGRAM}}`, "size"],
    ["(a{200}){200}", "(a{200}){200}", "size"],
  ];
  for (const [source, part, why] of refused) {
    const error = assertThrows(() => compileRegex(source), UnsupportedRegex);
    assertEquals([error.part, error.why], [part, why], source);
  }
  assertThrows(() => compileRegex("(unclosed"), SyntaxError);
});

Deno.test("what makes RegExp backtrack for minutes is one pass for the matcher, and a search can stop between any two characters", () => {
  // RegExp runs each of these for minutes or for ever; the matcher visits each character once.
  assertEquals(searchNow(compileRegex("^OK (\\w+ ?)+$"), `OK ${"a".repeat(40)}!`), undefined);
  assertEquals(searchNow(compileRegex("\\d+\\d+$"), `${"1".repeat(20_000)}x`), undefined);
  assertEquals(searchNow(compileRegex("(a*)*b"), "a".repeat(20_000)), undefined);
  const search = new Search(compileRegex("(.*)x"), `${"a".repeat(10_000)}x`);
  assertEquals(search.advance(100), false);
  assertEquals(search.found, undefined);
  assertEquals(search.advance(Infinity), true);
  assertEquals(search.found, { index: 0, group: "a".repeat(10_000) });
});
