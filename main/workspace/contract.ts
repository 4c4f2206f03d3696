import { z } from 'zod';

export const WorkspaceInfo = z.object({
  appVersion: z.string(),
  /** File name only: the renderer never sees paths. */
  dataFileName: z.string(),
  schemaVersion: z.number().int(),
  setUp: z.boolean(),
});
export type WorkspaceInfo = z.infer<typeof WorkspaceInfo>;

/** `opened: false` when the chair closed the dialog without choosing. */
export const OpenResult = z.object({ opened: z.boolean(), info: WorkspaceInfo });

export const workspaceContract = {
  'workspace.info': { input: z.void(), output: WorkspaceInfo },
  /** "Mở tệp dữ liệu khác…": a native open dialog in main, then the chosen file is opened. */
  'workspace.openFile': { input: z.void(), output: OpenResult },
  /** "Tạo tệp dữ liệu mới…": a native save dialog, then an empty branch file. */
  'workspace.newFile': { input: z.void(), output: OpenResult },
  /** "Mở dữ liệu mẫu": fills the open (empty) file with the demo branch. */
  'workspace.createDemo': {
    input: z.void(),
    output: z.object({ groups: z.number().int(), members: z.number().int() }),
  },
} as const;
