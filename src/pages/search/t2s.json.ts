// Traditional → Simplified characters, fetched by the search page only when a query needs it.
import { traditionalToSimplified } from '../../lib/char-maps.ts';

export function GET() {
  return new Response(JSON.stringify(traditionalToSimplified()), { headers: { 'Content-Type': 'application/json' } });
}
