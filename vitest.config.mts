import { defineConfig } from 'vitest/config';

/** Unit, CLI and property tests; the VS Code suite (test/vscode) runs under Mocha instead. */
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
