import { sql } from 'kysely';
import type { Db } from '../../main/db/connection';
import { searchMemberIds } from '../../main/members/search-index';
import { percentile, result, timeIt, type BenchResult } from './harness';

/** Typed prefixes, mid-name fragments and queries typed without diacritics. */
const QUERIES = [
  'n',
  'ng',
  'ngu',
  'nguy',
  'nguye',
  'nguyen',
  'thi',
  'thi lan',
  'van duc',
  'minh',
  'duc',
  'dao',
  'dang',
  'huong',
  'tuan',
  'le thi',
];

export async function searchBench(db: Db, today: string): Promise<BenchResult[]> {
  const run = (query: string) => searchMemberIds(db, { status: 'current', query }, today);
  await run(''); // builds the index, as the register screen's first load does
  const samples: number[] = [];
  const bare: number[] = [];
  for (let round = 0; round < 10; round++) {
    for (const query of QUERIES) {
      samples.push(await timeIt(() => run(query)));
      // Bare baseline: SQLite scanning the same precomputed keys for the first token.
      bare.push(
        await timeIt(() => sql`select id from members where instr(search_key, ${query.split(' ')[0]}) > 0`.execute(db)),
      );
    }
  }
  return [
    result('members.search p95 over 20,000 members', percentile(samples, 95), percentile(bare, 95), { maxMs: 10 }),
  ];
}
