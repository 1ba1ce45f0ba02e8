import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Temporary files go under one folder of the run, removed at its end.
    globalSetup: ['test/support/temp-root.ts'],
    // Integration tests drive a real Docker engine; give them room but keep unit tests fast.
    testTimeout: 20_000,
    hookTimeout: 120_000,
    // Integration files share one Docker engine and one test image; run files one at a time.
    fileParallelism: false,
    // The runner's action schema ships as ESM that vitest must transform to load.
    server: { deps: { inline: ['@actions/workflow-parser', '@actions/expressions'] } },
  },
});
