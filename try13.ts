import { lineKind } from './scripts/ingest/layout/line-kind.ts';
import { parseBylineLine } from './scripts/ingest/layout/bylines.ts';
import { isCaptionLine } from './scripts/ingest/layout/captions.ts';
const t = '资路演服务中心淮海分中心等银企对接';
console.log(lineKind(t), parseBylineLine(t), isCaptionLine(t));
