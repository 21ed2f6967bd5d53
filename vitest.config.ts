import { defineConfig } from 'vitest/config';

const EXCLUDE = ['tests/fixtures/**', 'node_modules/**'];

export default defineConfig({
  test: {
    maxWorkers: 2,
    // Generous: e2e flows on a loaded 2-core machine take tens of seconds; tests wait on state, not time.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          // Pure modules, no vi.mock, timers restored after each test: the files of one worker share
          // their imported modules (no isolation), which halves the tier's CPU time.
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: EXCLUDE,
          pool: 'threads',
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // Real processes, databases, ports, browsers: each file in its own forked process.
          name: 'system',
          include: ['tests/**/*.test.ts'],
          exclude: [...EXCLUDE, 'tests/unit/**'],
          pool: 'forks',
          // Empties screens-checked.txt (tests/global-setup.ts); stops the private PostgreSQL clusters the
          // server tests start (tests/helpers/postgres.global-setup.ts).
          globalSetup: ['tests/global-setup.ts', 'tests/helpers/postgres.global-setup.ts'],
        },
      },
    ],
  },
});
