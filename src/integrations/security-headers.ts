// Writes dist/_headers (read by Netlify, Cloudflare Pages and similar hosts) with the same
// Content-Security-Policy the pages carry in <meta>, plus what only a header can say.
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { CSP_DIRECTIVES } from '../security/csp.ts';

export function headersFile(): string {
  // As a header the policy needs no hashes: stylesheets and scripts are files of the site's own.
  const policy = [...CSP_DIRECTIVES, "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "frame-ancestors 'none'"].join('; ');
  return ['/*', `  Content-Security-Policy: ${policy}`, '  X-Content-Type-Options: nosniff', '  Referrer-Policy: strict-origin-when-cross-origin', ''].join('\n');
}

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), headersFile(), 'utf8');
      },
    },
  };
}
