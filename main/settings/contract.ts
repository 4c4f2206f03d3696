import { z } from 'zod';
import { requiredText } from '../ipc/zod-vi';

export const BranchSettings = z.object({
  branchName: z.string(),
  unitName: z.string(),
  higherUnion: z.string(),
  chairName: z.string(),
  placeName: z.string(),
  isDemo: z.boolean(),
});
export type BranchSettings = z.infer<typeof BranchSettings>;

export const BranchSettingsInput = z.object({
  branchName: requiredText('Nhập tên công đoàn cơ sở, ví dụ "Công đoàn Chi cục Thuế khu vực I"'),
  unitName: requiredText('Nhập tên cơ quan/đơn vị của công đoàn'),
  higherUnion: requiredText('Nhập tên công đoàn cấp trên trực tiếp cơ sở'),
  chairName: requiredText('Nhập họ và tên Chủ tịch công đoàn'),
  placeName: requiredText('Nhập địa danh ghi trên văn bản, ví dụ "Hà Nội"', 60),
});
export type BranchSettingsInput = z.input<typeof BranchSettingsInput>;

export const settingsContract = {
  /** The branch details, or null on a fresh file (the renderer then shows the wizard). */
  'settings.get': { input: z.void(), output: BranchSettings.nullable() },
  'settings.save': { input: BranchSettingsInput, output: BranchSettings },
  /** Renders a sample document in the branch's frame and shows the print preview. */
  'settings.previewSampleDocument': { input: z.void(), output: z.object({ pages: z.number().int() }) },
} as const;
