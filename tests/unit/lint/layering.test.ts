/**
 * The layering rules of eslint.config.js, shown failing on deliberately bad imports. The
 * fixtures live outside the tree and are linted as if they stood at the given paths.
 */
import fs from 'node:fs';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { layering } from '../../../eslint.config.js';

const eslint = new ESLint({
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser } },
    ...layering,
  ],
});

async function lintAs(fixture: string, asPath: string): Promise<string[]> {
  const code = fs.readFileSync(`tests/fixtures/lint/${fixture}`, 'utf8');
  const [result] = await eslint.lintText(code, { filePath: asPath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layering lint rules', () => {
  it('fails when the renderer imports src-main other than the contract', async () => {
    const messages = await lintAs('renderer-imports-store.tsx', 'src-renderer/screens/Bad.tsx');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/no-restricted-imports: .*only src-main\/contract/);
  });

  it('fails when anything outside the Electron shell imports electron', async () => {
    const messages = await lintAs('service-imports-electron.ts', 'src-main/services/catalog/bad.ts');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/Only src-main\/shell\/electron\/ may import electron/);
    expect(await lintAs('service-imports-electron.ts', 'src-renderer/bad.ts')).toHaveLength(1);
  });

  it('fails on electron subpaths (electron/main) in the renderer and the contract too', async () => {
    for (const asPath of [
      'src-renderer/screens/Bad.tsx',
      'src-main/contract/bad.ts',
      'src-main/services/catalog/bad.ts',
    ]) {
      const messages = await lintAs('renderer-imports-electron-main.tsx', asPath);
      expect(messages, asPath).toHaveLength(1);
      expect(messages[0], asPath).toMatch(/Only src-main\/shell\/electron\/ may import electron/);
    }
    expect(await lintAs('renderer-imports-electron-main.tsx', 'src-main/shell/electron/ok.ts')).toEqual([]);
  });

  it('fails when the store, the devices or the district client import a service', async () => {
    for (const asPath of [
      'src-main/store/bad.repository.ts',
      'src-main/devices/bad.ts',
      'src-main/district/bad.ts',
    ]) {
      const messages = await lintAs('store-imports-service.ts', asPath);
      expect(messages, asPath).toHaveLength(1);
      expect(messages[0], asPath).toMatch(/may not import services/);
    }
  });

  it('fails when a service imports the api or the composition root, or the api a shell', async () => {
    const service = await lintAs('service-imports-api.ts', 'src-main/services/catalog/bad.ts');
    expect(service).toHaveLength(2);
    expect(service[0]).toMatch(/Services may not import the api/);
    expect(service[1]).toMatch(/composition root/);
    const api = await lintAs('api-imports-shell.ts', 'src-main/api/bad.ts');
    expect(api).toHaveLength(1);
    expect(api[0]).toMatch(/The api may not import a shell/);
  });

  it('fails when the server imports anything of src-main, and lets it import the shared protocol', async () => {
    for (const asPath of ['src-server/routes/bad.route.ts', 'src-server/store/bad.store.ts']) {
      const messages = await lintAs('server-imports-kiosk.ts', asPath);
      expect(messages, asPath).toHaveLength(1);
      expect(messages[0], asPath).toMatch(/The server may import only src-protocol\//);
      expect(await lintAs('server-imports-protocol.ts', asPath), asPath).toEqual([]);
    }
  });

  it('fails when the shared protocol imports the kiosk or the server', async () => {
    const messages = await lintAs('protocol-imports-kiosk.ts', 'src-protocol/bad.ts');
    expect(messages).toHaveLength(2);
    for (const message of messages) expect(message).toMatch(/The protocol is shared by both sides/);
  });

  it('lets the contract re-export the shared protocol but nothing else outside it', async () => {
    const messages = await lintAs('contract-imports-outside.ts', 'src-main/contract/bad.ts');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/The contract imports only itself, the shared protocol and zod/);
  });

  it('fails when the renderer imports the protocol or the server around the contract', async () => {
    const messages = await lintAs('renderer-imports-protocol.tsx', 'src-renderer/screens/Bad.tsx');
    expect(messages).toHaveLength(2);
    for (const message of messages) expect(message).toMatch(/only src-main\/contract/);
  });

  it('allows a service to use the store below it', async () => {
    expect(await lintAs('service-imports-store.ts', 'src-main/services/catalog/ok.ts')).toEqual([]);
  });

  it('allows the renderer to import the contract and the shell to import electron', async () => {
    expect(await lintAs('renderer-imports-contract.tsx', 'src-renderer/screens/Ok.tsx')).toEqual([]);
    expect(await lintAs('shell-imports-electron.ts', 'src-main/shell/electron/ok.ts')).toEqual([]);
  });
});
