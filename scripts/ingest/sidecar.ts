// Reading a raw file's sidecar, `NAME.meta.yaml` (its schema: src/schema/sidecar.ts).
import { existsSync, readFileSync } from 'node:fs';
import { sidecarSchema, type Sidecar } from '../../src/schema/sidecar.ts';
import { readYamlWith } from '../../src/schema/yaml.ts';

export { sidecarSchema, type Sidecar } from '../../src/schema/sidecar.ts';

export function sidecarPathFor(rawPath: string): string {
  return rawPath.replace(/\.[^./]+$/u, '') + '.meta.yaml';
}

export class SidecarError extends Error {}

/** The sidecar for a raw file, or an empty one; throws SidecarError naming file and field. */
export function readSidecar(rawPath: string, shownPath: string): Sidecar {
  const path = sidecarPathFor(rawPath);
  if (!existsSync(path)) return {};
  return readYamlWith(sidecarSchema, readFileSync(path, 'utf8'), sidecarPathFor(shownPath), {}, SidecarError);
}
