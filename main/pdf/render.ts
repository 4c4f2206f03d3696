import path from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT_FAMILY, fontFiles, fontsDir } from './fonts';

function isInside(dir: string, file: string): boolean {
  const rel = path.relative(dir, path.resolve(file));
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

// pdfmake writes layout state (_margin, _x, positions…) into the nodes it is given, so a
// definition rendered twice (preview, then print) would come out shifted the second time.
// Functions (header, table layouts) and Buffers are shared, not copied.
function cloneDefinition<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => cloneDefinition(item)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = cloneDefinition(item);
    return copy as T;
  }
  return value;
}

/**
 * Renders with the bundled Liberation Serif as family "Times" (embedded as a subset).
 * Documents may not reach the network or any file outside the fonts folder: their text comes
 * from user data, and pdfmake would otherwise fetch image URLs or read local paths it is handed.
 */
export async function renderPdf(def: TDocumentDefinitions): Promise<Buffer> {
  // Loaded on first use, like ExcelJS: the app need not wait for it at start-up.
  const { default: pdfmake } = await import('pdfmake');
  const dir = fontsDir();
  // pdfmake is a process-wide singleton; setting everything on each call keeps another
  // caller's setFonts/policies from leaking into our documents.
  pdfmake.setFonts({ [FONT_FAMILY]: fontFiles(dir) });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => isInside(dir, file));
  return pdfmake.createPdf(cloneDefinition(def)).getBuffer();
}

/** pdfkit writes one "/Type /Page" object per page (and "/Type /Pages" for the tree). */
export function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}
