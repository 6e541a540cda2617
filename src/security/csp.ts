// The site's Content-Security-Policy: nothing but its own files. Astro writes script-src and
// style-src into each page's <meta> (with hashes of anything inline); the rest is here, and
// public/_headers carries the same policy for hosts that read it (where frame-ancestors works too).
export const CSP_DIRECTIVES = ["default-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"] as const;
