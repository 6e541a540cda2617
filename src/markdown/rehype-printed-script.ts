// Renders an article printed in Traditional characters (front matter `script: hant`) in
// Simplified, keeping the printed form where the twin needs it (see src/lib/printed-script.ts).
// Code and preformatted text stay as written.
import type { Element, ElementContent, Root } from 'hast';
import { printedPieces } from '../lib/printed-script.ts';

const KEEP = new Set(['code', 'pre', 'kbd', 'samp']);

function convertChildren(parent: Root | Element): void {
  const children: ElementContent[] = [];
  for (const child of parent.children as ElementContent[]) {
    if (child.type === 'element') {
      if (!KEEP.has(child.tagName)) convertChildren(child);
      children.push(child);
      continue;
    }
    if (child.type !== 'text') {
      children.push(child);
      continue;
    }
    for (const piece of printedPieces(child.value)) {
      if (piece.printed === undefined) children.push({ type: 'text', value: piece.text });
      else children.push({ type: 'element', tagName: 'span', properties: { dataPrinted: piece.printed }, children: [{ type: 'text', value: piece.text }] });
    }
  }
  parent.children = children as typeof parent.children;
}

interface WithFrontmatter {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

export default function rehypePrintedScript() {
  return (tree: Root, file: WithFrontmatter) => {
    if (file.data.astro?.frontmatter?.script === 'hant') convertChildren(tree);
  };
}
