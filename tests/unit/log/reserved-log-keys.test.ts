/**
 * pino writes `level`, `time`, `pid`, `hostname` and `msg` itself: a log object carrying one of them
 * overwrites pino's own (a "rating stored" line with `level: 5` sorts below trace). Every log call in
 * the kiosk and the server is linted for them here, and the rule is shown biting on a fixture.
 */
import fs from 'node:fs';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const RESERVED = ['level', 'time', 'pid', 'hostname', 'msg'];
const CALLS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'child'];
const keys = RESERVED.join('|');
const selector =
  `CallExpression[callee.type='MemberExpression'][callee.property.name=/^(${CALLS.join('|')})$/]` +
  ` > ObjectExpression > Property:matches([key.name=/^(${keys})$/], [key.value=/^(${keys})$/])`;

const eslint = new ESLint({
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.ts', '**/*.tsx'],
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      languageOptions: { parser: tseslint.parser },
      rules: {
        'no-restricted-syntax': [
          'error',
          { selector, message: 'pino reserves this key: name the field for what it is.' },
        ],
      },
    },
  ],
});

describe('log calls never pass a key pino reserves', () => {
  it('the rule bites on a bad call', async () => {
    const code = fs.readFileSync('tests/fixtures/lint/log-reserved-key.ts', 'utf8');
    const [result] = await eslint.lintText(code, { filePath: 'src-main/services/bad.ts' });
    expect((result?.messages ?? []).map((m) => `${m.line}:${m.ruleId}`)).toEqual([
      '3:no-restricted-syntax',
      '4:no-restricted-syntax',
      '4:no-restricted-syntax',
    ]);
  });

  it('no log call in src-main or src-server passes one', { timeout: 60_000 }, async () => {
    const results = await eslint.lintFiles(['src-main/**/*.ts', 'src-server/**/*.ts']);
    const problems = results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId === 'no-restricted-syntax')
        .map((m) => `${r.filePath.replace(`${process.cwd()}/`, '')}:${m.line} ${m.message}`),
    );
    expect(results.length).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });
});
