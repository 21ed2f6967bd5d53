import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/fixtures/**', 'node_modules/**'],
    // Empties screens-checked.txt (tests/global-setup.ts); stops the private PostgreSQL clusters the
    // server tests start (tests/helpers/postgres.global-setup.ts).
    globalSetup: ['tests/global-setup.ts', 'tests/helpers/postgres.global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    // Generous: e2e flows on a loaded 2-core machine take tens of seconds; tests wait on state, not time.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
