/**
 * `npm run bench`: bundles tests/bench/run.ts the way the app's main process is built (plain
 * esbuild output, no tsx) and runs it with Node. Under tsx every function of our TypeScript
 * carries esbuild's keep-names wrapper while the baselines' library code (ExcelJS, pdfmake)
 * does not, which loaded the ratios against our side only.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';

const outfile = path.resolve('out/bench/run.cjs');
await build({
  entryPoints: ['tests/bench/run.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Dependencies load from node_modules as in the app (sqlite3's native binary must).
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
});
// --expose-gc: the harness collects garbage before each timed run (harness.ts, timeIt).
const run = spawnSync(process.execPath, ['--enable-source-maps', '--expose-gc', outfile, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
