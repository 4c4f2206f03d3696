import { z } from 'zod';
import { requiredText } from '../ipc/zod-vi';
import { settingsMessages as m } from './messages';

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
  branchName: requiredText(m.branchNameRequired),
  unitName: requiredText(m.unitNameRequired),
  higherUnion: requiredText(m.higherUnionRequired),
  chairName: requiredText(m.chairNameRequired),
  placeName: requiredText(m.placeNameRequired, 60),
});
export type BranchSettingsInput = z.input<typeof BranchSettingsInput>;

export const settingsContract = {
  /** The branch details, or null on a fresh file (the renderer then shows the wizard). */
  'settings.get': { input: z.void(), output: BranchSettings.nullable() },
  'settings.save': { input: BranchSettingsInput, output: BranchSettings },
  /** Renders a sample document in the branch's frame and shows the print preview. */
  'settings.previewSampleDocument': { input: z.void(), output: z.object({ pages: z.number().int() }) },
} as const;
