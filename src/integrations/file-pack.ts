// Many small files as one (a search shard's two thousand files in the build cache, build-cache.ts):
// the cache keeps a shard with one write instead of a hard link per file, which on this file
// system costs about as much as writing the file. Layout: a signature line, the length of the
// header, the header (each file's path and size, JSON), then the files' bytes one after another.
const SIGNATURE = 'archive-file-pack-1\n';

export type PackedFile = [path: string, content: string | Uint8Array];

/** The files as one buffer. */
export function packFiles(files: readonly PackedFile[]): Buffer {
  const bodies = files.map(([, content]) => (typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength)));
  const header = Buffer.from(JSON.stringify(files.map(([path], k) => [path, bodies[k]!.length])), 'utf8');
  return Buffer.concat([Buffer.from(`${SIGNATURE}${header.length}\n`, 'utf8'), header, ...bodies]);
}

/** The files of a pack, or undefined when it is not one or was cut short (a build stopped while writing it). */
export function unpackFiles(pack: Buffer): Array<[path: string, content: Buffer]> | undefined {
  if (pack.subarray(0, SIGNATURE.length).toString('utf8') !== SIGNATURE) return undefined;
  const lineEnd = pack.indexOf(10, SIGNATURE.length);
  const headerLength = Number(pack.subarray(SIGNATURE.length, lineEnd).toString('utf8'));
  if (lineEnd < 0 || !Number.isInteger(headerLength)) return undefined;
  let at = lineEnd + 1 + headerLength;
  let header: Array<[string, number]>;
  try {
    header = JSON.parse(pack.subarray(lineEnd + 1, at).toString('utf8')) as Array<[string, number]>;
  } catch {
    return undefined;
  }
  const out: Array<[string, Buffer]> = [];
  for (const [path, size] of header) {
    out.push([path, pack.subarray(at, at + size)]);
    at += size;
  }
  return at === pack.length ? out : undefined;
}
