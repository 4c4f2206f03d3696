/**
 * `npm run bench`: the speed targets of the issues, each against a bare baseline measured in
 * the same run. Prints a table and writes tests/bench/results/latest.json. Not part of npm test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Workspace } from '../../main/workspace/workspace';
import { createDemoBranch } from '../../main/demo/demo';
import { todayIso } from '../../main/vi/dates';
import type { BenchResult } from './harness';
import { searchBench } from './search.bench';
import { importBench } from './import.bench';
import { pdfBench } from './pdf.bench';
import { listPaintBench } from './list-paint.bench';
import { openDatabase } from '../../main/db/connection';

const MEMBERS = 20_000;

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scd-bench-'));
  const workspace = new Workspace();
  const who = { actor: 'bench', now: () => new Date() };
  const today = todayIso();
  const results: BenchResult[] = [];
  try {
    await workspace.open(path.join(dir, 'bench.sqlite'));
    console.log(`Tạo công đoàn mẫu ${MEMBERS.toLocaleString('vi-VN')} đoàn viên…`);
    await createDemoBranch(workspace.db, who, { memberCount: MEMBERS });
    results.push(...(await searchBench(workspace.db, today)));

    const listDb = await openDatabase(path.join(dir, 'list-2000.sqlite'));
    await createDemoBranch(listDb, who, { memberCount: 2000 });
    results.push(...(await pdfBench(listDb, today)));
    await listDb.destroy();

    results.push(...(await importBench(dir, (name) => openDatabase(path.join(dir, name)))));
    results.push(...(await listPaintBench()));
  } finally {
    await workspace.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }

  for (const r of results) {
    const target = [
      r.target.maxMs !== undefined ? `≤ ${r.target.maxMs} ms` : '',
      r.target.maxRatio !== undefined ? `≤ ${r.target.maxRatio}×` : '',
    ]
      .filter(Boolean)
      .join(', ');
    const spread = r.spread ? `; single pairs ${r.spread[0].toFixed(2)}–${r.spread[1].toFixed(2)}×` : '';
    const ratio = r.ratio === null ? '' : ` (${r.ratio.toFixed(2)}× baseline ${r.baseline!.toFixed(1)} ms${spread})`;
    // A line without a target is there for the record (a second baseline), not to pass or fail.
    const verdict = target === '' ? 'INFO' : r.pass ? 'PASS' : 'FAIL';
    console.log(`${verdict}  ${r.name}: ${r.value.toFixed(1)} ms${ratio}${target ? `  target ${target}` : ''}`);
  }
  const out = path.resolve('tests/bench/results');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'latest.json'), JSON.stringify({ at: new Date().toISOString(), results }, null, 2));
  if (results.some((r) => !r.pass)) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
