// After sanitizing, an <img> may have lost its src (a javascript: or data: address is not kept):
// such an image shows nothing and is dropped. Every image keeps an alt, empty if none was given,
// so screen readers skip it rather than read its file name.
import type { Element, Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';

export default function rehypeTidyImages() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'img') return;
      if (!node.properties.src && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      node.properties.alt ??= '';
      return undefined;
    });
  };
}
