import type { Db } from '../../main/db/connection';
import { printMemberList, memberListTable } from '../../main/members/print';
import { loadListedMembers } from '../../main/members/print/data';
import { renderPdf } from '../../main/pdf/render';
import { FONT_FAMILY } from '../../main/pdf/fonts';
import { TABLE_FONT_SIZE } from '../../main/pdf/frame';
import { medianPair, result, type BenchResult } from './harness';

/**
 * The printed register of a 2,000-member branch (loading, the official frame, grouping by tổ,
 * summary, signature) against bare pdfmake rendering the same table on its own.
 */
export async function pdfBench(db: Db, today: string): Promise<BenchResult[]> {
  const members = await loadListedMembers(db);
  const times = await medianPair(
    () => printMemberList(db, { date: today }),
    () =>
      renderPdf({
        pageSize: 'A4',
        pageOrientation: 'landscape',
        defaultStyle: { font: FONT_FAMILY, fontSize: TABLE_FONT_SIZE },
        content: [memberListTable(members)],
      }),
  );
  const name = `PDF danh sách ${members.length.toLocaleString('vi-VN')} đoàn viên`;
  return [result(name, times.value, times.baseline, { maxRatio: 1.3 }, times.spread)];
}
