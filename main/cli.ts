/**
 * `so-cong-doan <command>` (npm run cli -- <command>): the same services as the app, for batch
 * work, support and tests. Every command takes `--db FILE` (default: the app's data file) and
 * `--json` for machine-readable output; errors exit non-zero with a Vietnamese message.
 */
import fs from 'node:fs';
import path from 'node:path';
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
import { IMPORT_FIELD_LABELS, ImportField, reportFieldName } from './members/import/fields';
import type { ImportReport } from './members/import/contract';
import { headerKey } from './members/import/headers';
import type { ImportResult } from './members/import/service';
import { layoutIdByName } from './members/export/layouts';
import { groupIdByName } from './members/export/service';
import { writeFileSafely } from './workspace/save-file';
import { exportMemberListPdf } from './members/print';
import { todayIso } from './vi/dates';

type Args = Record<string, string | boolean | string[] | undefined>;

interface Command {
  summary: string;
  /** How to call it, when it takes more than flags ("import members TỆP"). */
  usage?: string;
  options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;
  /** Commands without it take no positional arguments. */
  positionals?: number;
  /**
   * Set for the commands that make the --db file when it is not there (init, demo). Every
   * other command refuses a missing file, so a mistyped path fails instead of quietly working
   * on a new, empty branch, and `check` never creates the file it is asked about.
   */
  createsDataFile?: true;
  run(args: Args, out: Output, positionals: string[]): Promise<void>;
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

async function withWorkspace<T>(
  file: string,
  run: (ctx: HandlerContext) => Promise<T>,
  host: Host = cliHost,
): Promise<T> {
  const workspace = new Workspace();
  await workspace.open(file);
  try {
    return await run({ workspace, host, actor: `cli:${osUserName()}`, now: () => new Date() });
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
const bool = { type: 'boolean' } as const;

/** What a value looks like, for the message when one is missing. */
const OPTION_EXAMPLE: Record<string, string> = {
  db: 'so-cong-doan.sqlite',
  out: 'danh-sach.xlsx',
  format: 'xlsx',
  group: '"Tổ Văn phòng"',
  layout: '"Mẫu LĐLĐ huyện"',
  map: '"Ngày sinh=dateOfBirth"',
  action: '12=skip',
  members: '200',
};

const commands: Record<string, Command> = {
  init: {
    summary: 'Tạo tệp dữ liệu và khai báo công đoàn cơ sở',
    options: { 'branch-name': str, 'unit-name': str, 'higher-union': str, 'chair-name': str, place: str },
    createsDataFile: true,
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
    createsDataFile: true,
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
      // A plain connection: check must not migrate the file it is asked about.
      const db = connect(dbFile(args));
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
  import: {
    summary: 'Nhập danh sách đoàn viên từ tệp Excel (.xlsx) hoặc CSV',
    usage: 'import members TỆP [--dry-run] [--map "Tiêu đề cột=trường"] [--action DÒNG=create|update|skip]',
    options: { 'dry-run': bool, map: { type: 'string', multiple: true }, action: { type: 'string', multiple: true } },
    positionals: 2,
    async run(args, out, positionals) {
      const file = membersTarget('import', positionals);
      if (!file)
        throw new AppError('VALIDATION', 'Thiếu tên tệp cần nhập: so-cong-doan import members TỆP --db TỆP_DỮ_LIỆU');
      const actions = parseActions(asList(args.action));
      // The same channels as the app: the "file dialog" answers with the file named here.
      const host: Host = { ...cliHost, chooseFileToImport: async () => file };
      const { report, result } = await withWorkspace(
        dbFile(args),
        async (ctx) => {
          const chosen = (await call(ctx, 'members.importChoose', undefined)) as ChosenFile;
          if (chosen.cancelled) throw new AppError('INTERNAL', 'Không mở được tệp cần nhập.');
          if (chosen.headerRow === null) {
            throw new AppError(
              'VALIDATION',
              `Không tìm thấy dòng tiêu đề (Họ và tên, Ngày sinh…) trong 20 dòng đầu của "${path.basename(file)}".`,
              'file',
            );
          }
          const mapping = applyMapOverrides(chosen.columns, asList(args.map));
          const request = { token: chosen.token, mapping, ...(actions ? { actions } : {}) };
          const report = (await call(ctx, 'members.importPreview', request)) as ImportReport;
          for (const row of unusedActions(report, actions)) {
            console.error(
              `Chú ý: --action ${row}=…: dòng ${row} không phải dòng trùng trong tệp, lựa chọn này không dùng đến.`,
            );
          }
          if (args['dry-run']) return { report, result: null };
          const { jobId } = (await call(ctx, 'members.importCommit', request)) as { jobId: string };
          const status = await ctx.workspace.jobs.settled(jobId);
          if (status.state !== 'done') throw new AppError('INTERNAL', status.error ?? 'Nhập tệp không thành công.');
          return { report, result: status.result as ImportResult };
        },
        host,
      );
      // --dry-run reports what the import would do; nothing is written.
      const created = result?.created ?? report.counts.create;
      const updated = result?.updated ?? report.counts.update;
      out.result(
        {
          headerRow: report.headerRow,
          valid: report.counts.valid,
          created,
          updated,
          skipped: report.skipped,
          errors: report.errors,
          duplicates: report.duplicates.map((d) => ({
            row: d.row,
            sameAsRow: d.sameAsRow,
            memberId: d.memberId,
            cccd: d.cccd,
          })),
        },
        importText(path.basename(file), report, created, updated, Boolean(args['dry-run'])),
      );
    },
  },
  export: {
    summary: 'Xuất danh sách đoàn viên ra tệp XLSX, CSV, JSON hoặc PDF',
    usage: 'export members --format xlsx|csv|json|pdf --out TỆP [--group "TÊN TỔ"] [--layout "TÊN MẪU CỘT"] [--all]',
    options: { format: str, out: str, group: str, layout: str, all: bool },
    positionals: 1,
    async run(args, out, positionals) {
      membersTarget('export', positionals);
      const format = String(args.format ?? '');
      if (!['xlsx', 'csv', 'json', 'pdf'].includes(format)) {
        throw new AppError(
          'VALIDATION',
          `--format phải là xlsx, csv, json hoặc pdf (nhận được "${format}").`,
          'format',
        );
      }
      const target = typeof args.out === 'string' && args.out !== '' ? path.resolve(args.out) : '';
      if (!target) throw new AppError('VALIDATION', 'Thiếu --out TỆP: nơi ghi danh sách xuất ra.', 'out');
      const groupName = typeof args.group === 'string' ? args.group : undefined;
      const layoutName = typeof args.layout === 'string' ? args.layout : undefined;
      for (const [option, rule] of Object.entries(FORMAT_OPTIONS)) {
        if (args[option] !== undefined && !rule.formats.includes(format)) {
          throw new AppError('VALIDATION', rule.message, option);
        }
      }
      const host: Host = { ...cliHost, chooseSaveFile: async () => target };
      const members = await withWorkspace(
        dbFile(args),
        async (ctx) => {
          const db = ctx.workspace.db;
          if (format === 'pdf') {
            const pdf = await exportMemberListPdf(db, { groupName, date: todayIso(ctx.now()) });
            await writeFileSafely(target, pdf, ctx.workspace.file);
            return null;
          }
          const groupId = groupName === undefined ? undefined : await groupIdByName(db, groupName);
          const layoutId = layoutName === undefined ? undefined : await layoutIdByName(db, layoutName);
          const saved = (await call(ctx, 'members.export', {
            format,
            groupId,
            layoutId,
            status: args.all ? 'all' : 'current',
          })) as { members: number };
          return saved.members;
        },
        host,
      );
      out.result(
        { ok: true, file: target, format, ...(members === null ? {} : { members }) },
        members === null ? `Đã xuất danh sách ra ${target}` : `Đã xuất ${members} đoàn viên ra ${target}`,
      );
    },
  },
};

/** `export members` options that only some formats take, and what to tell whoever adds one to another. */
const FORMAT_OPTIONS: Record<string, { formats: string[]; message: string }> = {
  layout: { formats: ['xlsx', 'csv'], message: '--layout (mẫu cột) chỉ dùng với --format xlsx hoặc csv.' },
  all: {
    formats: ['xlsx', 'csv', 'json'],
    message:
      '--all (cả đoàn viên đã chuyển đi, thôi sinh hoạt…) chỉ dùng với --format xlsx, csv hoặc json; danh sách PDF chỉ in đoàn viên đang sinh hoạt.',
  },
};

interface ChosenFile {
  cancelled: boolean;
  token: string;
  headerRow: number | null;
  columns: { index: number; letter: string; header: string; field: ImportField | null }[];
}

/** `import members FILE` / `export members`: the only list either knows today. */
function membersTarget(command: string, positionals: string[]): string | undefined {
  const [what, file] = positionals;
  if (what !== 'members') {
    throw new AppError('VALIDATION', `Cần ghi rõ "${command} members" (nhận được "${what ?? ''}").`);
  }
  return file;
}

const asList = (value: Args[string]): string[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];

/**
 * `--map "Đơn vị công tác=groupName"` or `--map K=groupName` (a column letter), `=-` to ignore
 * a column: what the chair does by hand on the mapping screen.
 */
function applyMapOverrides(columns: ChosenFile['columns'], overrides: string[]) {
  const mapping = columns.map((c) => ({ index: c.index, field: c.field }));
  for (const entry of overrides) {
    const at = entry.lastIndexOf('=');
    const column = entry.slice(0, at).trim();
    const field = entry.slice(at + 1).trim();
    const target = columns.find(
      (c) => c.letter === column.toUpperCase() || (column !== '' && headerKey(c.header) === headerKey(column)),
    );
    if (at < 0 || !target) {
      throw new AppError('VALIDATION', `--map "${entry}": không có cột "${column}" trong dòng tiêu đề.`, 'map');
    }
    const parsed = ImportField.safeParse(field);
    if (field !== '-' && !parsed.success) {
      throw new AppError(
        'VALIDATION',
        `--map "${entry}": "${field}" không phải tên trường. Dùng một trong: ${ImportField.options.join(', ')}, hoặc "-" để bỏ qua cột.`,
        'map',
      );
    }
    for (const m of mapping) if (parsed.success && m.field === parsed.data) m.field = null;
    mapping[target.index]!.field = parsed.success ? parsed.data : null;
  }
  return mapping;
}

/**
 * `--action 9=update`: the choice the chair makes for a duplicate on the report screen, by
 * Excel row number; e.g. "update" for a register member whose CCCD was typed wrong there.
 */
function parseActions(entries: string[]): Record<string, 'create' | 'update' | 'skip'> | undefined {
  if (entries.length === 0) return undefined;
  const actions: Record<string, 'create' | 'update' | 'skip'> = {};
  for (const entry of entries) {
    const match = /^\s*(\d+)\s*=\s*(create|update|skip)\s*$/.exec(entry);
    if (!match) {
      throw new AppError(
        'VALIDATION',
        `--action "${entry}": ghi số dòng Excel và cách xử lý, ví dụ --action 9=update (create: thêm mới, update: cập nhật vào sổ, skip: bỏ qua).`,
        'action',
      );
    }
    const row = String(Number(match[1]));
    if (row in actions) {
      throw new AppError(
        'VALIDATION',
        `--action: dòng ${row} được ghi hai lần; mỗi dòng chỉ chọn một cách xử lý.`,
        'action',
      );
    }
    actions[row] = match[2] as 'create' | 'update' | 'skip';
  }
  return actions;
}

/** Rows an --action names that the report neither lists as duplicates nor shows its effect on. */
function unusedActions(report: ImportReport, actions: Record<string, unknown> | undefined): number[] {
  const seen = new Set([...report.duplicates, ...report.errors, ...report.skipped].map((r) => r.row));
  return Object.keys(actions ?? {})
    .map(Number)
    .filter((row) => !seen.has(row));
}

function importText(fileName: string, report: ImportReport, created: number, updated: number, dryRun: boolean): string {
  const lines = [
    `Tệp ${fileName}: dòng tiêu đề ở dòng ${report.headerRow}.`,
    `Đọc được ${report.counts.rows} dòng đoàn viên: ${report.counts.valid} dòng hợp lệ, ${report.counts.errors} dòng có lỗi.`,
    dryRun
      ? `Chạy thử: sẽ thêm ${created}, cập nhật ${updated}, bỏ qua ${report.counts.skip} đoàn viên. Chưa ghi gì vào tệp dữ liệu.`
      : `Đã thêm ${created}, cập nhật ${updated}, bỏ qua ${report.counts.skip} đoàn viên.`,
  ];
  if (report.newGroups.length > 0) {
    lines.push(`${dryRun ? 'Tổ sẽ được tạo' : 'Đã tạo tổ mới'}: ${report.newGroups.join(', ')}.`);
  }
  if (report.missingFields.length > 0) {
    lines.push(
      `Chưa có cột cho: ${report.missingFields.map((field) => IMPORT_FIELD_LABELS[field]).join(', ')} (dùng --map "Tiêu đề cột=trường").`,
    );
  }
  if (report.errors.length > 0) {
    lines.push(
      '',
      'Lỗi — các dòng này không được nhập; sửa theo hướng dẫn (trong tệp, hoặc --map / --action) rồi nhập lại:',
    );
    for (const e of report.errors) lines.push(`  Dòng ${e.row} (${reportFieldName(e.field)}): ${e.message}`);
  }
  if (report.duplicates.length > 0) {
    const verb = { create: 'thêm mới', update: 'cập nhật', skip: 'bỏ qua' } as const;
    lines.push('', 'Trùng lặp:');
    for (const d of report.duplicates) {
      const cccd = d.cccd ? ` (CCCD ${d.cccd})` : '';
      const what =
        d.sameAsRow !== null
          ? `trùng với dòng ${d.sameAsRow} trong tệp${cccd}`
          : d.by === 'nameAndBirthOtherCccd'
            ? `cùng họ tên và ngày sinh với ${d.memberName} trong sổ nhưng khác số CCCD (tệp: ${d.cccd}, sổ: ${d.memberCccd})`
            : `đã có trong sổ: ${d.memberName}${cccd}`;
      lines.push(`  Dòng ${d.row}: ${what} → ${verb[d.action]}`);
    }
  }
  if (report.skipped.length > 0) {
    lines.push('', 'Các dòng bỏ qua:');
    for (const s of report.skipped) lines.push(`  Dòng ${s.row}: ${s.reason}`);
  }
  if (report.notes.length > 0) {
    lines.push('', 'Ghi chú — các dòng này vẫn được nhập:');
    for (const n of report.notes) lines.push(`  Dòng ${n.row} (${reportFieldName(n.field)}): ${n.message}`);
  }
  return lines.join('\n');
}

function dbFile(args: Record<string, unknown>): string {
  return typeof args.db === 'string' && args.db !== '' ? args.db : defaultDataFile();
}

/**
 * parseArgs says "Unknown option '--bogus'" or "argument missing" in English; the chair is told
 * here, in Vietnamese, what the command takes.
 */
function refuseBadOptions(command: string, args: string[], options: Command['options']): void {
  const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (!option) {
      const known = Object.keys(options)
        .map((o) => `--${o}`)
        .join(', ');
      throw new AppError(
        'VALIDATION',
        `Lệnh "${command}" không có tùy chọn "${token.rawName}". Các tùy chọn của lệnh: ${known}. Xem cách dùng: so-cong-doan --help`,
      );
    }
    const missing = token.value === undefined || (!token.inlineValue && token.value.startsWith('-'));
    if (option.type === 'string' && missing) {
      throw new AppError(
        'VALIDATION',
        `Tùy chọn ${token.rawName} cần một giá trị ngay sau nó, ví dụ ${token.rawName} ${OPTION_EXAMPLE[token.name] ?? 'GIÁ_TRỊ'} (giá trị bắt đầu bằng "-" thì viết ${token.rawName}=-…).`,
      );
    }
    if (option.type === 'boolean' && token.value !== undefined) {
      throw new AppError('VALIDATION', `Tùy chọn ${token.rawName} không nhận giá trị: chỉ cần ghi ${token.rawName}.`);
    }
  }
}

function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new AppError('VALIDATION', `${flag} phải là số nguyên dương (nhận được "${value}").`);
  return n;
}

function usage(): string {
  const lines = Object.entries(commands).flatMap(([name, c]) => [
    `  ${name.padEnd(8)} ${c.summary}`,
    ...(c.usage ? [`           so-cong-doan ${c.usage}`] : []),
  ]);
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
  if (!name || !command) {
    console.error(name && name !== '--help' ? `Không có lệnh "${name}".\n\n${usage()}` : usage());
    return name && name !== '--help' ? 2 : 0;
  }
  // "so-cong-doan export --help" asks for the usage too.
  if (rest.includes('--help')) {
    console.error(usage());
    return 0;
  }
  try {
    const options = { db: str, json: bool, ...command.options };
    refuseBadOptions(name, rest, options);
    const { values, positionals } = parseArgs({ args: rest, options, strict: true, allowPositionals: true });
    if (positionals.length > (command.positionals ?? 0)) {
      throw new AppError('VALIDATION', `Thừa tham số "${positionals.slice(command.positionals ?? 0).join(' ')}".`);
    }
    const file = dbFile(values);
    if (!command.createsDataFile && !fs.existsSync(file)) {
      throw new AppError(
        'DATA_FILE',
        `Không tìm thấy tệp dữ liệu ${file}. Kiểm tra lại --db, hoặc tạo tệp mới bằng lệnh init hoặc demo.`,
      );
    }
    await command.run(values, out, positionals);
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
