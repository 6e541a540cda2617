import { defineConfig } from 'vitest/config';

// Tests that run the whole ingest on real pages or through its command line: slower, run apart
// from the unit tests (`npm run test:unit` is the quick check while working).
const ingestEndToEnd = ['tests/ingest/**/*.test.ts', 'scripts/ingest/cli.test.ts', 'scripts/quality/corpus-run/**/*.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['scripts/**/*.test.ts', 'src/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...ingestEndToEnd],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'ingest',
          include: ingestEndToEnd,
          // Generous: these spawn the ingest and may share the cores with a build beside them.
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
