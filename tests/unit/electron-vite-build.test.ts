/**
 * Builds main and preload with electron.vite.config.ts into a temp folder and checks what the
 * bundles may require. The renderer is built by `npm run build:renderer` (E2E); here only its
 * settings are checked to be the same.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveConfig } from 'electron-vite';
import { build, resolveConfig as resolveViteConfig, type InlineConfig } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels } from '../../main/ipc/contract';

const root = path.resolve(__dirname, '../..');
let outDir: string;
let rendererConfig: InlineConfig;

/** Every module a CommonJS bundle loads at run time. */
const requires = (code: string) => [
  ...new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1])),
];

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scd-electron-vite-'));
  const nodeEnv = process.env.NODE_ENV;
  try {
    const { config } = await resolveConfig(
      {
        configFile: path.join(root, 'electron.vite.config.ts'),
        root,
        logLevel: 'warn',
        build: { outDir, emptyOutDir: true },
      },
      'build',
      'production',
    );
    rendererConfig = config!.renderer!;
    await build(config!.main!);
    await build(config!.preload!);
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}, 120_000);

afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

describe('electron-vite build', () => {
  it('bundles main to main/index.js as CommonJS, loading sqlite3 from node_modules', () => {
    const code = fs.readFileSync(path.join(outDir, 'main/index.js'), 'utf8');
    expect(code).not.toMatch(/^\s*import\s/m);
    // Libraries loaded on first use go through require too: import() inside app.asar is fragile.
    expect(code).not.toMatch(/\bimport\(/);
    expect(requires(code)).toEqual(expect.arrayContaining(['electron', 'sqlite3', 'exceljs', 'pdfmake']));
    // Nothing in main may reach into the renderer's UI libraries.
    expect(requires(code)).not.toEqual(expect.arrayContaining(['react']));
  });

  it('bundles the sandboxed preload into one file that requires only electron', () => {
    expect(fs.readdirSync(path.join(outDir, 'preload'))).toEqual(['index.js']);
    const code = fs.readFileSync(path.join(outDir, 'preload/index.js'), 'utf8');
    expect(requires(code)).toEqual(['electron']);
    expect(code).not.toMatch(/\bimport\(/);
    expect(code).toContain('exposeInMainWorld');
  });

  it('writes every channel name into the preload, which loads no zod and no schema', () => {
    const code = fs.readFileSync(path.join(outDir, 'preload/index.js'), 'utf8');
    for (const channel of channels) expect(code).toContain(JSON.stringify(channel));
    expect(code).not.toMatch(/zod|safeParse/);
  });

  it('minifies the renderer like `npm run build:renderer`, which the E2E tests and the bench load', async () => {
    // electron-vite's own default for the renderer is not to minify.
    const resolved = await resolveViteConfig(rendererConfig, 'build', 'production');
    expect(resolved.build.minify).toBeTruthy();
  });
});
