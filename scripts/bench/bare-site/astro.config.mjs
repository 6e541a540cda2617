// A bare Astro site over the same Markdown, for comparison: Astro's defaults, no integrations.
import { defineConfig } from 'astro/config';

export default defineConfig({ site: 'https://bench.example', build: { format: 'directory' } });
