/**
 * A stream that ends lines with CR LF, as `nc -C` does: each LF without a CR before it gets one,
 * so Enter at a keyboard sends `\r\n`, the course's end of message. A CR LF already there is kept.
 *
 * @example
 * ```ts
 * import { assertEquals } from "@std/assert";
 * import { toText } from "@std/streams/to-text";
 * import { CrlfStream } from "./crlf.ts";
 *
 * const typed = ReadableStream.from(["Hola\n", "Mundo\r", "\n"]).pipeThrough(new TextEncoderStream());
 * const sent = typed.pipeThrough(new CrlfStream()).pipeThrough(new TextDecoderStream());
 * assertEquals(await toText(sent), "Hola\r\nMundo\r\n");
 * ```
 */
export class CrlfStream extends TransformStream<Uint8Array, Uint8Array> {
  constructor() {
    /** The last byte of the chunk before: a CR there pairs with an LF that starts this one. */
    let previous = -1;
    super({
      transform(chunk, controller) {
        const bare = (i: number) => chunk[i] === LF && (i > 0 ? chunk[i - 1] : previous) !== CR;
        let added = 0;
        for (let i = 0; i < chunk.length; i++) if (bare(i)) added++;
        if (added === 0) {
          controller.enqueue(chunk);
        } else {
          const out = new Uint8Array(chunk.length + added);
          let at = 0;
          for (let i = 0; i < chunk.length; i++) {
            if (bare(i)) out[at++] = CR;
            out[at++] = chunk[i];
          }
          controller.enqueue(out);
        }
        if (chunk.length > 0) previous = chunk[chunk.length - 1];
      },
    });
  }
}

const CR = 0x0d;
const LF = 0x0a;
