// CRLF and lone CR → LF: the core's step (the site splits raw files into lines the same way).
export { normalizeLineEndings } from '../../../src/core/line-endings.ts';
