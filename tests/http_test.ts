import { assert, assertEquals, assertMatch } from "@std/assert";
import { httpServer } from "../lib/course/apps/http-server.ts";
import { parseHead, readHead, showRequest, wantsHtml } from "../lib/course/apps/http_protocol.ts";
import { bytes, connectTo, optionsFor, readAll, withServer, writeAll } from "./helpers.ts";

Deno.test("a browser gets an HTML page showing the request exactly as it arrived", async () => {
  await withServer(httpServer, optionsFor(httpServer), async (server) => {
    const response = await fetch(`http://127.0.0.1:${server.port}/hola?x=1&y=2`, {
      headers: { accept: "text/html,application/xhtml+xml", "x-curso": "sockets" },
    });
    const page = await response.text();
    assertEquals(response.status, 200);
    assertEquals(response.headers.get("content-type"), "text/html; charset=utf-8");
    assertEquals(response.headers.get("connection"), "close");
    assertEquals(Number(response.headers.get("content-length")), bytes(page).length);
    assert(page.startsWith('<!doctype html>\n<html lang="es">'));
    assert(page.includes("GET /hola?x=1&amp;y=2 HTTP/1.1\\r\\n"), "the request line, escaped");
    assert(page.includes('<span class="line">x-curso: sockets\\r\\n</span>'), "a line each");
    assert(page.includes("white-space:pre-wrap"), "long header lines wrap instead of running off");
    assertMatch(
      page,
      /Una conexión TCP de 127\.0\.0\.1:\d+ a 127\.0\.0\.1:\d+ trajo estos \d+ bytes/,
    );
    assertMatch(
      server.io.stdoutLines().at(-1) ?? "",
      /^127\.0\.0\.1:\d+ GET \/hola\?x=1&y=2 → 200 \(text\/html, \d+ bytes\)$/,
    );
  });
});

Deno.test("whatever a request carries is shown as text on the page, never run as HTML", async () => {
  await withServer(httpServer, optionsFor(httpServer), async (server) => {
    using conn = await connectTo(server.address);
    await writeAll(
      conn,
      bytes(
        "GET /<script>alert(1)</script> HTTP/1.1\r\nAccept: text/html\r\n" +
          `X-Trap: "><img src=x onerror='alert(2)'>\r\n\r\n`,
      ),
    );
    const page = await readAll(conn);
    assert(!page.includes("<script>alert"), "no script tag from the request");
    assert(!page.includes("<img"), "no element from a header");
    assert(page.includes("GET /&lt;script&gt;alert(1)&lt;/script&gt; HTTP/1.1"));
    assert(page.includes("X-Trap: &quot;&gt;&lt;img src=x onerror=&#39;alert(2)&#39;&gt;"));
  });
});

Deno.test("curl gets plain text, and a small body is shown too", async () => {
  await withServer(httpServer, optionsFor(httpServer, [], {}, "en"), async (server) => {
    const response = await fetch(`http://127.0.0.1:${server.port}/form`, {
      method: "POST",
      headers: { accept: "*/*", "content-type": "application/x-www-form-urlencoded" },
      body: "nombre=ana",
    });
    const text = await response.text();
    assertEquals(response.headers.get("content-type"), "text/plain; charset=utf-8");
    assert(text.startsWith("What arrived over the socket\n"));
    assert(text.includes("POST /form HTTP/1.1\\r\\n\n"));
    assert(text.trimEnd().endsWith("\\r\\n\nnombre=ana"));
  });
});

Deno.test("HEAD gets the headers, with the length the page would have, and no body", async () => {
  await withServer(httpServer, optionsFor(httpServer), async (server) => {
    using conn = await connectTo(server.address);
    await writeAll(conn, bytes("HEAD / HTTP/1.0\r\n\r\n"));
    const reply = await readAll(conn);
    assertMatch(reply, /^HTTP\/1\.1 200 OK\r\n/);
    assert(reply.endsWith("\r\n\r\n"), "nothing after the head");
    assert(Number(/Content-Length: (\d+)/.exec(reply)?.[1]) > 0);
  });
});

Deno.test("a 20 KiB header is refused with 431, cleanly, and the server goes on", async () => {
  await withServer(httpServer, optionsFor(httpServer, [], {}, "en"), async (server) => {
    {
      using conn = await connectTo(server.address);
      const writing = writeAll(
        conn,
        bytes(`GET / HTTP/1.1\r\nX-Big: ${"a".repeat(20 * 1024)}\r\n\r\n`),
      )
        .catch(() => {});
      const reply = await readAll(conn);
      await writing;
      assertMatch(reply, /^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
      assert(reply.endsWith("\r\n\r\nthe request head is longer than 16384 bytes\n"));
    }
    assertMatch(
      server.io.stderrText(),
      /^127\.0\.0\.1:\d+ → 431 Request Header Fields Too Large: /,
    );
    const after = await fetch(`http://127.0.0.1:${server.port}/`);
    assertEquals(after.status, 200);
    await after.body?.cancel();
  });
});

Deno.test("what is not HTTP gets 400 and the reason", async () => {
  await withServer(httpServer, optionsFor(httpServer, [], {}, "en"), async (server) => {
    using conn = await connectTo(server.address);
    await writeAll(conn, bytes("hola servidor\n\n"));
    const reply = await readAll(conn);
    assertMatch(reply, /^HTTP\/1\.1 400 Bad Request\r\n/);
    assert(reply.includes("this is not an HTTP request"));
  });
});

Deno.test("a head ends at the first blank line, CR LF or bare LF, within the limit", async () => {
  const source = (text: string) => {
    let sent = false;
    return {
      read(buffer: Uint8Array) {
        if (sent) return Promise.resolve(null);
        sent = true;
        const data = bytes(text);
        buffer.set(data);
        return Promise.resolve(data.length);
      },
    };
  };
  const crlf = await readHead(source("GET / HTTP/1.1\r\nA: b\r\n\r\nbody"), 1024);
  assertEquals(crlf.kind, "head");
  if (crlf.kind === "head") {
    assertEquals(new TextDecoder().decode(crlf.head), "GET / HTTP/1.1\r\nA: b\r\n\r\n");
    assertEquals(new TextDecoder().decode(crlf.rest), "body");
  }
  assertEquals((await readHead(source("GET / HTTP/1.0\n\n"), 1024)).kind, "head");
  assertEquals(
    (await readHead(source("GET / HTTP/1.1\r\nA: " + "b".repeat(100)), 64)).kind,
    "too-long",
  );
  assertEquals((await readHead(source("GET / HTTP/1.1\r\n"), 1024)).kind, "eof");
});

Deno.test("request heads are parsed, and browsers told from curl by Accept", () => {
  const head = parseHead("GET /x HTTP/1.1\r\nHost: a\r\nAccept: text/html\r\n\r\n");
  assertEquals(head?.method, "GET");
  assertEquals(head?.headers.get("host"), "a");
  assertEquals(head && wantsHtml(head), true);
  assertEquals(wantsHtml(parseHead("GET / HTTP/1.1\r\nAccept: */*\r\n\r\n")!), false);
  assertEquals(parseHead("hola\r\n\r\n"), undefined);
  assertEquals(parseHead("GET / HTTP/1.1\r\nsin dos puntos\r\n\r\n"), undefined);
  assertEquals(showRequest(bytes("A\r\nB\nC\x07")), "A\\r\\n\nB\\n\nC\\x07");
});
