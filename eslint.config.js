// Lint: typescript-eslint with type information, plus the layering rules of ARCHITECTURE.md:
// only src-main/shell/electron/ may import 'electron'; src-renderer/ may import nothing from
// src-main/ but src-main/contract/; the contract imports neither Node nor the DOM-side code, and of the
// rest only the shared protocol; inside the core, services import neither the api nor a shell, and the
// store, devices and district client import no service; src-server/ imports nothing of src-main/ (the
// protocol both sides speak is src-protocol/), and src-protocol/ imports neither side.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const electronBan = {
  name: 'electron',
  message: 'Only src-main/shell/electron/ may import electron (ARCHITECTURE.md §1).',
};
// Its subpaths too ('electron/main', 'electron/renderer'…). A later block's no-restricted-imports
// replaces an earlier one's options, so every block that bans electron lists both.
const electronSubpathBan = { group: ['electron/*'], message: electronBan.message };

export const layering = [
  {
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['src-main/shell/electron/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronBan], patterns: [electronSubpathBan] }],
    },
  },
  {
    files: ['src-renderer/**/*.ts', 'src-renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan],
          patterns: [
            electronSubpathBan,
            {
              regex: '^(\\.\\./)+src-main/(?!contract/)',
              message:
                'The renderer may import only src-main/contract/ from the main side (ARCHITECTURE.md §2).',
            },
            {
              regex: '^(\\.\\./)+src-(server|protocol)/',
              message:
                'The renderer may import only src-main/contract/ from the main side (ARCHITECTURE.md §2).',
            },
            { group: ['node:*'], message: 'The renderer runs in a browser: no Node modules.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan],
          patterns: [
            electronSubpathBan,
            {
              group: ['node:*', 'fs', 'path', 'better-sqlite3', 'pino'],
              message: 'The contract is pure: no Node.',
            },
            {
              regex: '^\\.\\./(?!\\.\\./src-protocol/)',
              message: 'The contract imports only itself, the shared protocol and zod.',
            },
          ],
        },
      ],
    },
  },
  // Inside the core, dependencies point down: api → services → store / devices / district.
  {
    files: ['src-main/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan],
          patterns: [
            electronSubpathBan,
            {
              regex: '^(\\.\\./)+(api|shell|cli)/',
              message: 'Services may not import the api, a shell or the CLI (ARCHITECTURE.md §2).',
            },
            { regex: '^(\\.\\./)+app\\.js$', message: 'Services may not import the composition root.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/store/**/*.ts', 'src-main/devices/**/*.ts', 'src-main/district/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan],
          patterns: [
            electronSubpathBan,
            {
              regex: '^(\\.\\./)+(services|api|shell|cli)/',
              message:
                'The store, the devices and the district client may not import services, the api, a shell or the CLI (ARCHITECTURE.md §2).',
            },
            { regex: '^(\\.\\./)+app\\.js$', message: 'Lower layers may not import the composition root.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan],
          patterns: [
            electronSubpathBan,
            {
              regex: '^(\\.\\./)+(shell|cli)/',
              message: 'The api may not import a shell or the CLI (ARCHITECTURE.md §2).',
            },
          ],
        },
      ],
    },
  },
  // The district server speaks to kiosks only through the shared protocol.
  {
    files: ['src-server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan],
          patterns: [
            electronSubpathBan,
            {
              regex: '^(\\.\\./)+src-(main|renderer)/',
              message: 'The server may import only src-protocol/ of the kiosk side (ARCHITECTURE.md §2).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-protocol/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan],
          patterns: [
            electronSubpathBan,
            {
              regex: '^(\\.\\./)+src-(main|server|renderer|console)/',
              message: 'The protocol is shared by both sides and imports neither (ARCHITECTURE.md §2).',
            },
            {
              group: ['pino', 'fastify', 'pg', 'serialport', 'react'],
              message: "The protocol imports no side's machinery.",
            },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-output/**', 'tests/fixtures/**', 'bin/**', 'scripts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: [
          './tsconfig.main.json',
          './tsconfig.renderer.json',
          './tsconfig.tests.json',
          './tsconfig.server.json',
        ],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src-main/cli/**', 'src-main/start.ts', 'bench/**', 'tests/**', 'src-server/cli/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
  ...layering,
);
