/**
 * A Kysely driver for node-sqlite3.
 *
 * Kysely's built-in SqliteDialect needs better-sqlite3's synchronous API; the product card fixes
 * node-sqlite3 (asynchronous, N-API, so one binary serves Node and Electron).
 *
 * A file gets two connections. The writer runs every transaction and every statement that
 * changes something; each acquire of it waits for the previous release, so concurrent callers'
 * statements never interleave inside one another's BEGIN…COMMIT. The reader runs plain
 * SELECTs outside transactions: in WAL mode it sees the last committed state without waiting,
 * so the window can still open pages while a long import holds the writer. (An in-memory
 * database is private to its connection, so it has the writer only.)
 */
import sqlite3 from 'sqlite3';
import {
  CompiledQuery,
  SelectQueryNode,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
} from 'kysely';

/** Statements that hand rows back; everything else goes through `run` to learn changes/lastID. */
const RETURNS_ROWS = /^\s*(select|with|pragma|values|explain)\b|\breturning\b/i;

/**
 * What the reader may run: Kysely's selects and raw SQL that starts with SELECT. A raw WITH
 * may end in an INSERT, and a PRAGMA may set something, so those go to the writer.
 */
const isRead = ({ query, sql }: CompiledQuery) => SelectQueryNode.is(query) || /^\s*select\b/i.test(sql);

class Mutex {
  #tail: Promise<void> = Promise.resolve();

  /** Resolves with the release function once every earlier holder has released. */
  lock(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const acquired = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => next);
    return acquired;
  }
}

class Sqlite3Connection implements DatabaseConnection {
  constructor(private readonly db: sqlite3.Database) {}

  executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const { sql, parameters, query } = compiled;
    const params = parameters as unknown[];
    if (SelectQueryNode.is(query) || RETURNS_ROWS.test(sql)) {
      return new Promise((resolve, reject) => {
        this.db.all(sql, params, (err, rows) => (err ? reject(err) : resolve({ rows: rows as R[] })));
      });
    }
    return new Promise((resolve, reject) => {
      this.db.run(sql, params, function (this: sqlite3.RunResult, err: Error | null) {
        if (err) return reject(err);
        resolve({
          rows: [],
          numAffectedRows: BigInt(this.changes),
          insertId: BigInt(this.lastID),
        });
      });
    });
  }

  // eslint-disable-next-line require-yield -- the interface demands a generator; we never stream
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming is not supported by the node-sqlite3 driver');
  }
}

export interface Sqlite3DialectConfig {
  /** Path of the database file, or ':memory:'. */
  filename: string;
  /** Runs once on the fresh connection (pragmas). */
  onOpen?: (connection: DatabaseConnection) => Promise<void>;
}

/**
 * One caller's use of the file between acquire and release. Its SELECTs go to the reader until
 * it begins a transaction or changes something; from then on it holds the writer (and the
 * writer's lock) until it is released, so a transaction reads its own changes.
 */
class RoutedConnection implements DatabaseConnection {
  #release: (() => void) | undefined;

  constructor(
    private readonly writer: Sqlite3Connection,
    private readonly reader: Sqlite3Connection | undefined,
    private readonly mutex: Mutex,
  ) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    if (this.reader && !this.#release && isRead(compiled)) return this.reader.executeQuery<R>(compiled);
    await this.holdWriter();
    return this.writer.executeQuery<R>(compiled);
  }

  async holdWriter(): Promise<void> {
    this.#release ??= await this.mutex.lock();
  }

  release(): void {
    const release = this.#release;
    this.#release = undefined;
    release?.();
  }

  // eslint-disable-next-line require-yield -- the interface demands a generator; we never stream
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming is not supported by the node-sqlite3 driver');
  }
}

const openFile = (filename: string) =>
  new Promise<sqlite3.Database>((resolve, reject) => {
    const db = new sqlite3.Database(filename, (err) => (err ? reject(err) : resolve(db)));
  });

const closeFile = (db: sqlite3.Database) =>
  new Promise<void>((resolve, reject) => db.close((err) => (err ? reject(err) : resolve())));

export class Sqlite3Driver implements Driver {
  #files: sqlite3.Database[] = [];
  #writer: Sqlite3Connection | undefined;
  #reader: Sqlite3Connection | undefined;
  readonly #mutex = new Mutex();

  constructor(private readonly config: Sqlite3DialectConfig) {}

  async init(): Promise<void> {
    const writer = await openFile(this.config.filename);
    this.#files.push(writer);
    this.#writer = new Sqlite3Connection(writer);
    await this.config.onOpen?.(this.#writer);
    if (this.config.filename === ':memory:' || this.config.filename === '') return;
    // Opened after the writer's pragmas, so the file is already in WAL mode.
    const reader = await openFile(this.config.filename);
    this.#files.push(reader);
    this.#reader = new Sqlite3Connection(reader);
    for (const pragma of ['pragma query_only = on', 'pragma busy_timeout = 5000']) {
      await this.#reader.executeQuery(CompiledQuery.raw(pragma));
    }
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    if (!this.#writer) throw new Error('Database is closed');
    return new RoutedConnection(this.#writer, this.#reader, this.#mutex);
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    // IMMEDIATE takes the write lock up front, so a second process (the CLI beside the app)
    // waits on busy_timeout instead of failing half-way through a transaction.
    await (connection as RoutedConnection).holdWriter();
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as RoutedConnection).release();
  }

  async destroy(): Promise<void> {
    const files = this.#files;
    this.#files = [];
    this.#writer = undefined;
    this.#reader = undefined;
    for (const file of files) await closeFile(file);
  }
}

export class Sqlite3Dialect implements Dialect {
  constructor(private readonly config: Sqlite3DialectConfig) {}
  createDriver(): Driver {
    return new Sqlite3Driver(this.config);
  }
  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }
  createAdapter(): DialectAdapter {
    return new SqliteAdapter();
  }
  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}
