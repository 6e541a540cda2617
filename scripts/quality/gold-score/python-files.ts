// Files as score.py meets them: glob's order (the directory's own order, as os.scandir and
// readdir(3) give it; ties between equally good matches go to the first) and text mode's
// universal newlines (CRLF and CR read as LF; a UTF-8 BOM is kept as U+FEFF).
import { opendirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Names in a directory in readdir order (fs.readdirSync sorts them; glob does not). */
export function listInDirectoryOrder(dir: string): string[] {
  const names: string[] = [];
  let handle;
  try {
    handle = opendirSync(dir);
  } catch {
    return names;
  }
  try {
    for (let entry = handle.readSync(); entry !== null; entry = handle.readSync()) names.push(entry.name);
  } finally {
    handle.closeSync();
  }
  return names;
}

const isDirectory = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** `root/**`: root, then every non-hidden directory below it, depth first, as glob yields them. */
function directoriesBelow(root: string): string[] {
  const out: string[] = [];
  for (const name of listInDirectoryOrder(root)) {
    const path = join(root, name);
    if (name.startsWith('.') || !isDirectory(path)) continue;
    out.push(path, ...directoriesBelow(path));
  }
  return out;
}

/** glob.glob(root/**\/*.EXT, recursive=True) for each extension in turn, concatenated. */
export function globRecursive(root: string, extensions: readonly string[]): string[] {
  const dirs = [root, ...directoriesBelow(root)];
  return extensions.flatMap((ext) =>
    dirs.flatMap((dir) =>
      listInDirectoryOrder(dir)
        .filter((n) => !n.startsWith('.') && n.endsWith(`.${ext}`))
        .map((n) => join(dir, n)),
    ),
  );
}

/** glob.glob(dir/*.EXT): one directory, no recursion. */
export function globFlat(dir: string, ext: string): string[] {
  return listInDirectoryOrder(dir)
    .filter((n) => !n.startsWith('.') && n.endsWith(`.${ext}`))
    .map((n) => join(dir, n));
}

export class TextFileError extends Error {}

/** open(path, encoding='utf-8').read(): strict UTF-8, BOM kept, newlines universal. */
export function readTextLikePython(path: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(readFileSync(path));
  } catch (error) {
    throw new TextFileError(`${path}: ${error instanceof TypeError ? 'not valid UTF-8' : String(error)}`);
  }
  return text.replace(/\r\n?/gu, '\n');
}
