// Which characters are Traditional-only (a bitset, base64), so the search page fetches the
// Traditional → Simplified map only for queries that need it.
import { traditionalBitset, traditionalToSimplified } from '../../lib/char-maps.ts';

export function GET() {
  return new Response(traditionalBitset(traditionalToSimplified()), { headers: { 'Content-Type': 'text/plain' } });
}
