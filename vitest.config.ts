import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Tests run against the TypeScript sources, not dist/, so a test never sees a stale build.
// The patterns are anchored: a plain '@factlint/core' key would also rewrite
// '@factlint/core/schemas/…', which must resolve through the package's exports.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@factlint\/core$/, replacement: src('./packages/core/src/index.ts') },
      { find: /^@factlint\/core\/testing$/, replacement: src('./packages/core/src/testing/index.ts') },
      { find: /^@factlint\/rules$/, replacement: src('./rules/index.ts') },
    ],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'rules/**/*.test.ts', 'scripts/**/*.test.ts'],
  },
});
