/**
 * Splits a byte stream into lines without ever holding more than `maxBytes` of one line: a longer
 * line is dropped as it streams past and reported by its size, so a 50 MB line costs no memory.
 * Line numbers count from 1; a trailing `\r` is removed.
 *
 * @example for await (const line of splitLines(createReadStream('a.jsonl'), 1024)) console.log(line.number)
 */

export type Line =
  | { readonly number: number; readonly bytes: Uint8Array; readonly tooLarge: false }
  | { readonly number: number; readonly size: number; readonly tooLarge: true };

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

class LineBuffer {
  private chunks: Uint8Array[] = [];
  size = 0;
  overflow = false;

  constructor(private readonly maxBytes: number) {}

  add(part: Uint8Array): void {
    this.size += part.length;
    if (this.size > this.maxBytes) {
      this.overflow = true;
      this.chunks = [];
    } else if (part.length > 0) {
      this.chunks.push(part);
    }
  }

  take(number: number): Line {
    const line: Line = this.overflow
      ? { number, size: this.size, tooLarge: true }
      : { number, bytes: trimCarriageReturn(Buffer.concat(this.chunks)), tooLarge: false };
    this.chunks = [];
    this.size = 0;
    this.overflow = false;
    return line;
  }
}

function trimCarriageReturn(bytes: Uint8Array): Uint8Array {
  return bytes.length > 0 && bytes[bytes.length - 1] === CARRIAGE_RETURN ? bytes.subarray(0, bytes.length - 1) : bytes;
}

export async function* splitLines(source: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<Line> {
  const buffer = new LineBuffer(maxBytes);
  let number = 0;
  for await (const raw of source) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    let start = 0;
    let newline = chunk.indexOf(NEWLINE, start);
    while (newline !== -1) {
      buffer.add(chunk.subarray(start, newline));
      yield buffer.take(++number);
      start = newline + 1;
      newline = chunk.indexOf(NEWLINE, start);
    }
    buffer.add(chunk.subarray(start));
  }
  if (buffer.size > 0 || buffer.overflow) yield buffer.take(++number);
}
