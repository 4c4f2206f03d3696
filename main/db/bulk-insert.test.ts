import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { bulkInsert, nextId, writeInBatches } from './bulk-insert';
import { openDatabase, type Db } from './connection';
import { tempDir } from './testing/temp-db';

describe('bulkInsert', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: Db;
  const now = '2026-02-05T08:00:00.000Z';

  beforeEach(async () => {
    tmp = tempDir();
    db = await openDatabase(tmp.file());
  });
  afterEach(async () => {
    await db.destroy();
    tmp.remove();
  });

  it('stores text, numbers and nulls exactly as given, in order', async () => {
    const notes = [
      'Ghi chú "trích dẫn"',
      "it's",
      'dòng 1\ndòng 2',
      '\\ gạch ngược',
      'Nguye\u0302\u0303n (NFD giữ nguyên)',
      '😀',
    ];
    await db.transaction().execute((trx) =>
      bulkInsert(
        trx,
        'audit_log',
        notes.map((note, i) => ({
          at: now,
          actor: 'test',
          table_name: 'members',
          row_id: 9_007_199_254_740_991 - i, // the largest integer JSON and JavaScript carry exactly
          action: 'insert' as const,
          before_json: i % 2 === 0 ? null : String(i),
          after_json: note,
        })),
      ),
    );
    const rows = await db
      .selectFrom('audit_log')
      .select(['row_id', 'before_json', 'after_json'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual(
      notes.map((note, i) => ({
        row_id: 9_007_199_254_740_991 - i,
        before_json: i % 2 === 0 ? null : String(i),
        after_json: note,
      })),
    );
  });

  it('stores a value shared by every row (bound once) exactly as one given per row', async () => {
    const shared = 'Nguye\u0302\u0303n "Văn" \\ 😀';
    const rows = (afterJson: (i: number) => string | null) =>
      [0, 1, 2].map((i) => ({
        at: now,
        actor: shared,
        table_name: 'members',
        row_id: i + 1,
        action: 'insert' as const,
        before_json: null,
        after_json: afterJson(i),
      }));
    await db.transaction().execute(async (trx) => {
      await bulkInsert(
        trx,
        'audit_log',
        rows(() => shared),
      );
      await bulkInsert(
        trx,
        'audit_log',
        rows((i) => (i === 1 ? shared : null)),
      );
      // One row: every column is the same "in every row".
      await bulkInsert(trx, 'audit_log', rows(() => shared).slice(0, 1));
    });
    const stored = await sql<{ actor: string; after: string | null; kind: string; at: string }>`
      select actor, after_json as after, typeof(row_id) as kind, at from audit_log order by id`.execute(db);
    expect(stored.rows.map((r) => r.after)).toEqual([shared, shared, shared, null, shared, null, shared]);
    expect(new Set(stored.rows.map((r) => r.actor))).toEqual(new Set([shared]));
    expect(new Set(stored.rows.map((r) => r.at))).toEqual(new Set([now]));
    expect(new Set(stored.rows.map((r) => r.kind))).toEqual(new Set(['integer']));
  });

  it('keeps a number shared by every row an INTEGER, and text that looks like a number text', async () => {
    await db.transaction().execute((trx) =>
      bulkInsert(
        trx,
        'union_groups',
        ['Tổ 1', 'Tổ 2'].map((name) => ({ name, sort_order: 2_500_000_000, created_at: '0012', archived_at: null })),
      ),
    );
    const stored = await sql<{ order: string; created: string }>`
      select typeof(sort_order) || ':' || sort_order as "order", typeof(created_at) || ':' || created_at as created
      from union_groups`.execute(db);
    expect(stored.rows).toEqual([
      { order: 'integer:2500000000', created: 'text:0012' },
      { order: 'integer:2500000000', created: 'text:0012' },
    ]);
  });

  it('writes nothing when one row breaks a constraint', async () => {
    const group = (name: string) => ({
      name,
      leader_member_id: null,
      sort_order: 0,
      created_at: now,
      archived_at: null,
    });
    await expect(
      db
        .transaction()
        .execute((trx) => bulkInsert(trx, 'union_groups', [group('Tổ Toán'), group('Tổ Văn'), group('Tổ Toán')])),
    ).rejects.toThrow(/UNIQUE/);
    expect(await db.selectFrom('union_groups').select('id').execute()).toEqual([]);
  });

  it('numbers new rows after every id ever used, deleted ones included', async () => {
    const group = (name: string) => ({
      name,
      leader_member_id: null,
      sort_order: 0,
      created_at: now,
      archived_at: null,
    });
    await db.transaction().execute(async (trx) => {
      expect(await nextId(trx, 'union_groups')).toBe(1);
      await bulkInsert(trx, 'union_groups', [group('A'), group('B'), group('C')]);
      await trx.deleteFrom('union_groups').where('name', '=', 'C').execute();
      // AUTOINCREMENT never hands out 3 again, so neither may we.
      expect(await nextId(trx, 'union_groups')).toBe(4);
      await bulkInsert(trx, 'union_groups', [{ id: 4, ...group('D') }]);
    });
    const ids = await db.selectFrom('union_groups').select(['id', 'name']).orderBy('id').execute();
    expect(ids).toEqual([
      { id: 1, name: 'A' },
      { id: 2, name: 'B' },
      { id: 4, name: 'D' },
    ]);
  });
});

describe('writeInBatches', () => {
  const items = Array.from({ length: 23 }, (_, i) => i);
  const collect = () => ({
    start: () => [] as number[],
    add: (batch: number[], item: number) => void batch.push(item),
  });

  it('writes every item once, in order, and reports after each batch', async () => {
    const written: number[][] = [];
    const reported: number[] = [];
    await writeInBatches(items, 10, { ...collect(), write: async (batch) => void written.push(batch) }, (n) =>
      reported.push(n),
    );
    expect(written).toEqual([items.slice(0, 10), items.slice(10, 20), items.slice(20)]);
    expect(reported).toEqual([10, 20, 23]);
  });

  it('builds the next batch while the previous one is being written', async () => {
    const events: string[] = [];
    let finish = () => {};
    await writeInBatches(items.slice(0, 4), 2, {
      start: () => [] as number[],
      add: (batch, item) => {
        events.push(`add ${item}`);
        batch.push(item);
        if (item === 3) finish();
      },
      write: (batch) => {
        events.push(`write ${batch.join(',')}`);
        // The first write stays open until the second batch has been built.
        if (batch[0] === 0) return new Promise<void>((resolve) => (finish = resolve));
        return Promise.resolve();
      },
    });
    expect(events.indexOf('add 3')).toBeLessThan(events.indexOf('write 2,3'));
    expect(events.indexOf('write 0,1')).toBeLessThan(events.indexOf('add 2'));
  });

  it('stops between batches when the report throws, with no write left running', async () => {
    let running = 0;
    const writes: number[][] = [];
    const run = writeInBatches(
      items,
      10,
      {
        ...collect(),
        write: async (batch) => {
          running++;
          await new Promise((resolve) => setTimeout(resolve, 5));
          writes.push(batch);
          running--;
        },
      },
      (n) => {
        expect(running).toBe(0);
        if (n >= 10) throw new Error('huỷ');
      },
    );
    await expect(run).rejects.toThrow('huỷ');
    expect(writes).toHaveLength(1);
  });

  it('passes a failed write on to the caller instead of an unhandled rejection', async () => {
    const run = writeInBatches(items, 5, {
      ...collect(),
      write: async (batch) => {
        if (batch[0] === 5) throw new Error('ổ đĩa đầy');
      },
    });
    await expect(run).rejects.toThrow('ổ đĩa đầy');
  });
});
