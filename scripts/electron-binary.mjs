/**
 * Shared by `npm start` and `npm run test:electron`: both need the real Electron executable,
 * which machines installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1 do not have (only its types).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const requireFromProject = createRequire(path.join(projectDir, 'package.json'));

/**
 * The Electron executable, or null. In plain Node, `require('electron')` returns the binary's
 * path, and throws when the package is missing or its binary download was skipped.
 */
export function electronBinary() {
  let binary;
  try {
    binary = requireFromProject('electron');
  } catch {
    return null;
  }
  return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
}

/** Runs a command with the terminal attached and resolves to its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectDir, stdio: 'inherit', ...options });
    // Handling the signals keeps this script alive until the child has exited, so its exit
    // code is the one reported, and passes on a SIGTERM sent to this script alone (a CI timeout).
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward).on('SIGTERM', forward);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      process.off('SIGINT', forward).off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** The script behind a package's command-line tool, to run through Node: no shell, no .cmd shims. */
export function binScript(pkg, bin) {
  const manifestPath = requireFromProject.resolve(`${pkg}/package.json`);
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  return path.join(path.dirname(manifestPath), typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[bin]);
}

export function buildApp() {
  return run(process.execPath, [binScript('electron-vite', 'electron-vite'), 'build']);
}

/** Environment for launching Electron as the app, not as a plain Node interpreter. */
export function electronEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}
