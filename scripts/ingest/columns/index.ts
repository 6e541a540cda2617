// Stage 4, columns: lines the OCR read across neighbouring columns put back in reading order
// (deinterleave.ts, and the README's "Columns read together"). Pages without such lines come
// back as they were.
export { deinterleave, emptyReport, type DeinterleaveReport } from './deinterleave.ts';
