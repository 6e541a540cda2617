// The ingest's decode stage: bytes → text. The site reads raw files the same way (to show an
// article's OCR lines), so the decoder itself lives in the core both share.
export { DecodeError, decodeRaw, type Decoded, type Encoding } from '../../../src/core/decode.ts';
