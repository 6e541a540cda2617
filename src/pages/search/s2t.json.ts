// Simplified → Traditional characters, fetched by the Traditional twin's search to show results.
import { simplifiedToTraditional } from '../../lib/char-maps.ts';

export function GET() {
  return new Response(JSON.stringify(simplifiedToTraditional()), { headers: { 'Content-Type': 'application/json' } });
}
