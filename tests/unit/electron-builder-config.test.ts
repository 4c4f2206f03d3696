/**
 * electron-builder only reads its config when packaging, which needs the Internet; a typo would
 * surface on the release machine. Validate it here against electron-builder's own schema.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const root = new URL('../../', import.meta.url);

interface TargetEntry {
  target: string;
  arch?: string[];
}
interface BuilderConfig {
  appId: string;
  productName: string;
  electronVersion: string;
  artifactName: string;
  icon: string;
  directories: { output: string };
  files: string[];
  asarUnpack: string[];
  extraResources: { from: string; to: string }[];
  win: { target: (string | TargetEntry)[] };
  nsis: Record<string, unknown>;
  portable: { artifactName: string };
  linux: { target: (string | TargetEntry)[]; category: string; maintainer: string };
}

const config = parse(fs.readFileSync(new URL('electron-builder.yml', root), 'utf8')) as BuilderConfig;
const targetNames = (targets: (string | TargetEntry)[]) => targets.map((t) => (typeof t === 'string' ? t : t.target));

describe('electron-builder.yml', () => {
  it('is valid against app-builder-lib/scheme.json', () => {
    const schema = JSON.parse(fs.readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
    const validate = new Ajv({ allowUnionTypes: true, strict: false }).compile(schema);
    validate(config);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('identifies the app', () => {
    expect(config.appId).toBe('vn.socongdoan.app');
    expect(config.productName).toBe('Sổ Công đoàn');
    expect(config.directories.output).toBe('dist');
  });

  it('pins electronVersion to the installed electron (it is an optional dependency)', () => {
    const installed = (
      JSON.parse(fs.readFileSync(new URL('node_modules/electron/package.json', root), 'utf8')) as {
        version: string;
      }
    ).version;
    expect(String(config.electronVersion)).toBe(installed);
  });

  it('packs the build output but never Electron itself', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json', '!node_modules/electron/**']));
  });

  it('unpacks the sqlite3 native binary from the asar', () => {
    expect(config.asarUnpack).toContain('**/node_modules/sqlite3/**/*.node');
  });

  it('has an app icon large enough for every platform (PNG, at least 512×512)', () => {
    const png = fs.readFileSync(new URL(config.icon, root));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    // IHDR: width and height as big-endian integers at bytes 16 and 20.
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(png.readUInt32BE(20)).toBe(png.readUInt32BE(16));
  });

  it('ships the PDF fonts where SCD_RESOURCES_DIR points', () => {
    expect(config.extraResources).toContainEqual({ from: 'resources/fonts', to: 'resources/fonts' });
  });

  it('builds a per-user Vietnamese NSIS installer and a portable exe', () => {
    expect(targetNames(config.win.target).sort()).toEqual(['nsis', 'portable']);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: 'always',
      installerLanguages: ['vi_VN'],
      language: '1066',
      shortcutName: 'Sổ Công đoàn',
      deleteAppDataOnUninstall: false,
    });
  });

  it('builds AppImage and deb for Linux offices', () => {
    expect(targetNames(config.linux.target).sort()).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/<[^@\s]+@[^>\s]+>/);
  });

  it('names every artifact without spaces, and no two targets alike', () => {
    const names = [config.artifactName, config.nsis.artifactName, config.portable.artifactName];
    for (const name of names) expect(name).toMatch(/^\S+$/);
    expect(new Set(names).size).toBe(names.length);
  });
});
