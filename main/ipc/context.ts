import type { Actor } from '../audit/audit';
import type { Workspace } from '../workspace/workspace';

/**
 * What only the host can do: native dialogs and the print preview window. main/app implements
 * it with Electron; tests and the E2E bridge pass a recording fake. Paths stay in main.
 */
export interface Host {
  appVersion: string;
  chooseFileToOpen(): Promise<string | null>;
  chooseFileToCreate(): Promise<string | null>;
  /** An Excel (.xlsx) or CSV file to import. */
  chooseFileToImport(): Promise<string | null>;
  /** Where to save an export; `defaultName` is a file name without folders. */
  chooseSaveFile(defaultName: string, format: ExportFormat): Promise<string | null>;
  /** Shows the PDF in a preview window from which the chair prints or saves. */
  previewPdf(pdf: Buffer, title: string): Promise<void>;
}

export type ExportFormat = 'xlsx' | 'csv' | 'json' | 'pdf';

export interface HandlerContext extends Actor {
  workspace: Workspace;
  host: Host;
}
