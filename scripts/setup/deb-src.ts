// A `deb-src` source list derived from the machine's own apt sources, naming no host of its own:
// every enabled `deb` entry (one-line sources.list or deb822 .sources) becomes the same entry for
// source packages.

/** One-line format: `deb [options] URI suite components` → `deb-src …`. */
export function debSrcFromList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^deb\s/u.test(line))
    .map((line) => line.replace(/^deb\s/u, 'deb-src '));
}

/** deb822 format: stanzas whose Types include `deb` get `deb-src` instead; disabled ones are left out. */
export function debSrcFromDeb822(text: string): string[] {
  const stanzas = text
    .split(/\n\s*\n/u)
    .map((s) => s.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const stanza of stanzas) {
    const lines = stanza.split('\n').filter((l) => !l.trimStart().startsWith('#'));
    const field = (name: string) => lines.find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
    const types = field('Types')?.split(':')[1]?.trim().split(/\s+/u) ?? [];
    if (!types.includes('deb') || /^no$/iu.test(field('Enabled')?.split(':')[1]?.trim() ?? '')) continue;
    out.push(lines.map((l) => (l === field('Types') ? 'Types: deb-src' : l)).join('\n'));
  }
  return out;
}
