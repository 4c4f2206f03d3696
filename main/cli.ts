/**
 * `so-cong-doan <command>` (npm run cli -- <command>): the same services as the app, for batch
 * work, support and tests. Every command takes `--db FILE` (default: the app's data file) and
 * `--json` for machine-readable output; errors exit non-zero with a Vietnamese message.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { connect } from './db/connection';
import { osUserName } from './audit/audit';
import { checkDatabase } from './db/check';
import { createDemoBranch } from './demo/demo';
import { AppError } from './ipc/errors';
import { createRouter } from './ipc/router';
import type { HandlerContext, Host } from './ipc/context';
import { Workspace } from './workspace/workspace';
import { defaultDataFile } from './workspace/paths';

interface Command {
  summary: string;
  options: Record<string, { type: 'string' | 'boolean' }>;
  run(args: Record<string, string | boolean | undefined>, out: Output): Promise<void>;
}

interface Output {
  json: boolean;
  /** Prints `data` as JSON with --json, else the human text. */
  result(data: unknown, text: string): void;
}

const cliHost: Host = {
  appVersion: process.env.npm_package_version ?? 'cli',
  chooseFileToOpen: async () => null,
  chooseFileToCreate: async () => null,
  chooseFileToImport: async () => null,
  chooseSaveFile: async () => null,
  previewPdf: async () => {
    throw new AppError('INTERNAL', 'Dòng lệnh không có cửa sổ xem trước; hãy dùng lệnh xuất tệp PDF.');
  },
};

async function withWorkspace<T>(file: string, run: (ctx: HandlerContext) => Promise<T>): Promise<T> {
  const workspace = new Workspace();
  await workspace.open(file);
  try {
    return await run({ workspace, host: cliHost, actor: `cli:${osUserName()}`, now: () => new Date() });
  } finally {
    await workspace.close();
  }
}

/** Runs one channel through the router, as the app does, and unwraps its envelope. */
async function call(ctx: HandlerContext, channel: string, input: unknown): Promise<unknown> {
  const result = await createRouter(ctx).handle(channel, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.field, result.error.issues);
  return result.data;
}

const str = { type: 'string' } as const;

const commands: Record<string, Command> = {
  init: {
    summary: 'Tạo tệp dữ liệu và khai báo công đoàn cơ sở',
    options: { 'branch-name': str, 'unit-name': str, 'higher-union': str, 'chair-name': str, place: str },
    async run(args, out) {
      const settings = await withWorkspace(dbFile(args), (ctx) =>
        call(ctx, 'settings.save', {
          branchName: args['branch-name'] ?? '',
          unitName: args['unit-name'] ?? '',
          higherUnion: args['higher-union'] ?? '',
          chairName: args['chair-name'] ?? '',
          placeName: args.place ?? '',
        }),
      );
      out.result({ ok: true, settings }, `Đã khai báo công đoàn cơ sở trong ${dbFile(args)}`);
    },
  },
  demo: {
    summary: 'Tạo công đoàn mẫu (khoảng 120 đoàn viên) trong một tệp dữ liệu mới',
    options: { members: str, seed: str },
    async run(args, out) {
      const memberCount = args.members === undefined ? undefined : positiveInt(String(args.members), '--members');
      const seed = args.seed === undefined ? undefined : positiveInt(String(args.seed), '--seed');
      const result = await withWorkspace(dbFile(args), (ctx) =>
        createDemoBranch(ctx.workspace.db, ctx, { memberCount, seed }),
      );
      out.result(
        { ok: true, ...result },
        `Đã tạo dữ liệu mẫu: ${result.members} đoàn viên trong ${result.groups} tổ công đoàn.`,
      );
    },
  },
  check: {
    summary: 'Kiểm tra tệp dữ liệu (integrity_check, foreign_key_check, phiên bản lược đồ)',
    options: {},
    async run(args, out) {
      const file = dbFile(args);
      // check must not create or migrate the file it is asked about.
      if (!fs.existsSync(file)) throw new AppError('DATA_FILE', `Không tìm thấy tệp dữ liệu ${file}.`);
      const db = connect(file);
      try {
        const report = await checkDatabase(db);
        out.result(
          report,
          [
            `Toàn vẹn dữ liệu: ${report.integrity}`,
            `Vi phạm khóa ngoại: ${report.foreignKeyViolations.length}`,
            `Phiên bản lược đồ: ${report.schemaVersion}/${report.latestSchemaVersion}`,
            report.ok ? 'Kết quả: tốt' : 'Kết quả: CÓ LỖI',
          ].join('\n'),
        );
        if (!report.ok) process.exitCode = 1;
      } finally {
        await db.destroy();
      }
    },
  },
};

function dbFile(args: Record<string, unknown>): string {
  return typeof args.db === 'string' && args.db !== '' ? args.db : defaultDataFile();
}

function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new AppError('VALIDATION', `${flag} phải là số nguyên dương (nhận được "${value}").`);
  return n;
}

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`);
  return ['Cách dùng: so-cong-doan <lệnh> [--db TỆP] [--json]', '', 'Lệnh:', ...lines].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const json = rest.includes('--json');
  const out: Output = {
    json,
    result: (data, text) => console.log(json ? JSON.stringify(data, null, 2) : text),
  };
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(name && name !== '--help' ? `Không có lệnh "${name}".\n\n${usage()}` : usage());
    return name && name !== '--help' ? 2 : 0;
  }
  try {
    const { values } = parseArgs({
      args: rest,
      options: { db: str, json: { type: 'boolean' }, ...command.options },
      strict: true,
    });
    await command.run(values, out);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    const payload = err instanceof AppError ? err.toPayload() : { code: 'INTERNAL', message: (err as Error).message };
    if (json) console.log(JSON.stringify({ ok: false, error: payload }, null, 2));
    console.error(`Lỗi: ${payload.message}`);
    return 1;
  }
}

// Run only as a script, so tests can import main().
if (require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
