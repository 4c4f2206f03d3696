/** Test helpers: a fresh branch file in its own temp folder, removed afterwards. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Actor } from '../../audit/audit';

export function tempDir(prefix = 'scd-test-'): { dir: string; file: (name?: string) => string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return {
    dir,
    file: (name = 'branch.sqlite') => path.join(dir, name),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** A fixed clock so audit rows and timestamps are predictable. */
export const testActor: Actor = { actor: 'test', now: () => new Date('2026-02-05T08:00:00.000Z') };
