/** The parts every printed register document takes from the branch settings. */
import type { DocumentHeader, SignatureBlock } from '../../pdf/frame';
import type { BranchSettings } from '../../settings/contract';

export type PrintSettings = Pick<BranchSettings, 'branchName' | 'higherUnion' | 'chairName' | 'placeName'>;

/** Lists carry no "Số:": the branch numbers the letters that send them, not the lists. */
export const branchHeader = (s: PrintSettings, date: string): DocumentHeader => ({
  higherUnion: s.higherUnion,
  branchName: s.branchName,
  place: s.placeName,
  date,
});

export const chairSignature = (s: PrintSettings): SignatureBlock => ({
  authority: ['TM. Ban Chấp hành', 'Chủ tịch'],
  name: s.chairName,
});
