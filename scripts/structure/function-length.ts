// How long each function of a TypeScript file runs, read from its text: a function starts at a
// `function` declaration or an arrow function with a block body, and ends at the brace that
// closes its body. Strings, template literals, regular expressions and comments are skipped when
// braces are counted. A guard for the layout's rule (no function over ~80 lines), not a parser.

export interface FunctionSpan {
  name: string;
  /** 1-based first and last line. */
  from: number;
  to: number;
}

const START = /^\s*(?:export\s+)?(?:default\s+)?(?:async\s+)?function\s*\*?\s*([\w$]+)|^\s*(?:export\s+)?(?:const|let)\s+([\w$]+)\s*(?::[^=]+)?=\s*(?:async\s+)?(?:\([\s\S]*?\)|[\w$]+)\s*(?::[^=]+?)?=>\s*\{\s*$|^\s*(?:(?:public|private|protected|static|async)\s+)*([\w$]+)\s*\([^)]*\)\s*(?::\s*[^{]+)?\{\s*$/u;

/** Blanks out strings, template literals, regular expressions and comments, keeping the lines. */
export function codeOnly(source: string): string {
  let out = '';
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i]!;
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      while (i < n && source[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const chunk = source.slice(i, end < 0 ? n : end + 2);
      out += chunk.replace(/[^\n]/gu, ' ');
      i += chunk.length;
      continue;
    }
    const before = out.trimEnd();
    const regexAllowed = c === '/' && (before === '' || /[=(,:;!&|?{}[+\-*%<>~^]$/u.test(before) || /\breturn$/u.test(before));
    if (c === '"' || c === "'" || c === '`' || regexAllowed) {
      let j = i + 1;
      let inClass = false;
      while (j < n) {
        const d = source[j]!;
        if (d === '\\') {
          j += 2;
          continue;
        }
        if (c === '/' && d === '[') inClass = true;
        else if (c === '/' && d === ']') inClass = false;
        else if (d === c && !inClass) break;
        else if (d === '\n' && c !== '`') break;
        j++;
      }
      out += source.slice(i, j + 1).replace(/[^\n]/gu, ' ');
      i = j + 1;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

export function functionSpans(source: string): FunctionSpan[] {
  const code = codeOnly(source).split('\n');
  const spans: FunctionSpan[] = [];
  code.forEach((line, k) => {
    const m = START.exec(line);
    if (!m || /^\s*(?:if|for|while|switch|catch|return)\b/u.test(line)) return;
    let depth = 0;
    let opened = false;
    for (let j = k; j < code.length; j++) {
      for (const ch of code[j]!) {
        if (ch === '{') {
          depth++;
          opened = true;
        } else if (ch === '}') depth--;
      }
      if (opened && depth <= 0) {
        spans.push({ name: m[1] ?? m[2] ?? m[3] ?? '?', from: k + 1, to: j + 1 });
        return;
      }
    }
  });
  return spans;
}
