/**
 * Files and directories. A directory is read recursively in sorted order (hidden entries and
 * symlink loops skipped); a file goes to the reader its format needs. Sizes are checked by stat
 * before reading, so an oversized file costs nothing; JSONL streams, its limit applying per line.
 */
import { createReadStream } from 'node:fs';
import { open, readdir, readFile, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { readContent } from './content-reader.js';
import { detectFormat, formatFromExtension, SNIFF_LENGTH } from './format-detector.js';
import { readJsonl } from './jsonl-reader.js';
import type { ReadOptions, ReadResult } from './reader.js';
import { failure } from './reader.js';
import { readStream } from './stream-reader.js';

/** Deeper trees are almost certainly a mistake (or a loop the realpath check missed). */
const MAX_DEPTH = 64;

interface Walk {
  readonly root: string | null;
  readonly depth: number;
  readonly seen: Set<string>;
}

/** `dir/sub/a.txt` under root `dir` is `sub/a`; a file given directly is its name without extension. */
function idFor(path: string, walk: Walk): string {
  const name = walk.root === null ? basename(path) : relative(walk.root, path).split('\\').join('/');
  const ext = extname(name);
  return ext && ext.length < name.length ? name.slice(0, -ext.length) : name;
}

async function readHead(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_LENGTH);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_LENGTH, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

function ioFailure(id: string, path: string, error: unknown): ReadResult {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return failure(id, 'NOT_FOUND', `No file or directory at ${path}; check the path.`);
  return failure(id, 'INTERNAL', `${path} could not be read (${code ?? (error as Error).message}); check its permissions.`);
}

async function* readFileAt(path: string, info: Stats, options: ReadOptions, id: string): AsyncGenerator<ReadResult> {
  const known = options.format === 'auto' ? formatFromExtension(path) : options.format;
  const format = known ?? detectFormat('auto', path, info.size > 0 ? await readHead(path) : '');
  if (format === 'jsonl') {
    yield* readJsonl(createReadStream(path), basename(path), options.maxBytes);
    return;
  }
  if (info.size > options.maxBytes) {
    yield failure(id, 'TOO_LARGE', `${path} has ${info.size} bytes; the limit is ${options.maxBytes}. Split it or raise --max-bytes.`);
    return;
  }
  yield* readContent(format, await readFile(path), id);
}

async function* readDirectory(path: string, options: ReadOptions, walk: Walk): AsyncGenerator<ReadResult> {
  const real = await realpath(path);
  if (walk.seen.has(real) || walk.depth > MAX_DEPTH) return;
  walk.seen.add(real);
  const names = (await readdir(path)).filter((name) => !name.startsWith('.')).sort();
  const inner: Walk = { root: walk.root ?? path, depth: walk.depth + 1, seen: walk.seen };
  let count = 0;
  for (const name of names) {
    for await (const result of readPathAt(join(path, name), options, inner)) {
      count++;
      yield result;
    }
  }
  if (count === 0 && walk.root === null) yield failure(path, 'EMPTY', `The directory ${path} holds no files to read.`);
}

async function* readPathAt(path: string, options: ReadOptions, walk: Walk): AsyncGenerator<ReadResult> {
  const id = idFor(path, walk);
  let info: Stats;
  try {
    info = await stat(path);
  } catch (error) {
    yield ioFailure(id, path, error);
    return;
  }
  try {
    if (info.isDirectory()) yield* readDirectory(path, options, walk);
    else if (info.isFile()) yield* readFileAt(path, info, options, id);
    // A pipe or device named by the user has no size to check first; it is read like standard
    // input. Inside a directory one is skipped: a pipe nobody writes to would stall the batch.
    else if (walk.root === null) yield* readStream(createReadStream(path), options, id);
  } catch (error) {
    yield ioFailure(id, path, error);
  }
}

/** Every article under `path` (a file or a directory), in sorted order; never throws. */
export function readPath(path: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  return readPathAt(path, options, { root: null, depth: 0, seen: new Set() });
}
