import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from './db/testing/temp-db';
import { latestSchemaVersion } from './db/connection';

const ROOT = path.resolve(__dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

/** Runs the real CLI as a user would (npm run cli -- …), in a child process. */
function cli(...args: string[]) {
  const result = spawnSync(TSX, ['main/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('so-cong-doan CLI', () => {
  const tmp = tempDir('scd-cli-');
  afterAll(() => tmp.remove());

  it('creates the demo branch, then check reports ok as JSON', () => {
    const db = tmp.file('demo.sqlite');
    const demo = cli('demo', '--db', db);
    expect(demo.stderr).toBe('');
    expect(demo.code).toBe(0);
    expect(demo.stdout).toContain('120 đoàn viên trong 5 tổ công đoàn');

    const check = cli('check', '--db', db, '--json');
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout)).toEqual({
      ok: true,
      integrity: 'ok',
      foreignKeyViolations: [],
      schemaVersion: latestSchemaVersion,
      latestSchemaVersion,
    });
  });

  it('init declares the branch; a missing field fails with the field message', () => {
    const db = tmp.file('init.sqlite');
    const base = [
      'init',
      '--db',
      db,
      '--branch-name',
      'Công đoàn Trường THCS Láng Thượng',
      '--unit-name',
      'Trường THCS Láng Thượng',
    ];
    const missing = cli(...base, '--higher-union', 'Công đoàn Giáo dục quận Đống Đa', '--place', 'Hà Nội', '--json');
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout)).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        field: 'chairName',
        message: 'Nhập họ và tên Chủ tịch công đoàn',
        issues: [{ field: 'chairName', message: 'Nhập họ và tên Chủ tịch công đoàn' }],
      },
    });
    expect(missing.stderr).toContain('Lỗi: Nhập họ và tên Chủ tịch công đoàn');

    const ok = cli(
      ...base,
      '--higher-union',
      'Công đoàn Giáo dục quận Đống Đa',
      '--chair-name',
      'Lê Thị Mai',
      '--place',
      'Hà Nội',
      '--json',
    );
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).settings).toMatchObject({
      chairName: 'Lê Thị Mai',
      placeName: 'Hà Nội',
      isDemo: false,
    });
  });

  it('check fails clearly on a missing file and does not create it', () => {
    const db = tmp.file('khong-co.sqlite');
    const result = cli('check', '--db', db);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Không tìm thấy tệp dữ liệu');
    expect(fs.existsSync(db)).toBe(false);
  });

  it('rejects unknown commands, unknown flags and bad numbers without a stack trace', () => {
    const unknown = cli('xoa-het');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Không có lệnh "xoa-het"');

    const flag = cli('check', '--bogus');
    expect(flag.code).toBe(1);
    expect(flag.stderr).toMatch(/^Lỗi: /);

    const bad = cli('demo', '--db', tmp.file('x.sqlite'), '--members', 'nhiều');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--members phải là số nguyên dương');
    for (const r of [unknown, flag, bad]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
