import type { Column, Content, ContentTable, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatPlaceDateLine } from '../vi/dates';
import { say } from '../i18n/messages';
import { FONT_FAMILY } from './fonts';
import { pdfMessages as m } from './messages';

// Layout per Nghị định 30/2020/NĐ-CP, Phụ lục I (see shared/domain.md "Documents").

const PT_PER_MM = 72 / 25.4;
export const mm = (value: number): number => value * PT_PER_MM;

type Margins = [number, number, number, number];

/** [left, top, right, bottom] in points. */
export const PAGE_MARGINS: Margins = [mm(30), mm(20), mm(15), mm(20)];
/**
 * A landscape sheet is filed turned a quarter counter-clockwise among portrait ones, so its top
 * edge lies on the binding: the portrait left margin (30 mm) becomes the top, the portrait
 * right margin (15 mm) the bottom, and top/bottom (20 mm) become left/right.
 */
export const LANDSCAPE_PAGE_MARGINS: Margins = [PAGE_MARGINS[3], PAGE_MARGINS[0], PAGE_MARGINS[1], PAGE_MARGINS[2]];

export type Orientation = 'portrait' | 'landscape';

export const BODY_FONT_SIZE = 13;
export const TABLE_FONT_SIZE = 11;
const ORG_FONT_SIZE = 12.5;
const NATION_FONT_SIZE = 12;
const MOTTO_FONT_SIZE = 13;
const TITLE_FONT_SIZE = 14;
const PARAGRAPH_SPACING = 6;
const FIRST_LINE_INDENT = mm(10);
/** Room for a handwritten signature and the seal between the authority lines and the name. */
const SIGNATURE_SPACE = 60;

const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/**
 * The decree wants the rule under the motto exactly as long as the motto. pdfmake cannot
 * measure text while building a definition, so this is the advance width of MOTTO in
 * LiberationSerif-Bold at 13 pt (158.9 pt); frame.test.ts checks it against the rendered PDF.
 */
export const MOTTO_RULE_WIDTH = 159;
/** "1/3 to 1/2 of the line above" for a typical branch name and subject line. */
const ORG_RULE_WIDTH = 70;
const SUBJECT_RULE_WIDTH = 110;

/**
 * The left header column is the narrower one; the right one must keep NATION (248.6 pt in bold
 * 12 pt) on a single line: the text block is 467.7 pt wide, leaving it ~272 pt.
 */
const HEADER_LEFT_WIDTH = 190;
/** On a landscape sheet (728 pt of text) the header keeps its columns near the two halves. */
const HEADER_LEFT_WIDTH_LANDSCAPE = 300;
const HEADER_COLUMN_GAP = 6;
/** Mean advance of an upper-case Vietnamese letter or space in Liberation Serif, in em (NATION: 248.6 / 34 / 12 ≈ 0.61). */
const UPPER_CASE_EM = 0.62;

export interface DocumentHeader {
  higherUnion: string;
  branchName: string;
  /** e.g. "05/BB-CĐCS", usually from documentNumber(). Omitted: no "Số:" line. */
  number?: string;
  place: string;
  /** ISO YYYY-MM-DD */
  date: string;
}

export interface SignatureBlock {
  /** e.g. ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"] or ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] */
  authority: string[];
  name: string;
}

export interface FormalDocument {
  header: DocumentHeader;
  title: string;
  subject?: string;
  body: Content[];
  signature?: SignatureBlock;
  /** Items of "Nơi nhận:" without the leading dash, e.g. ["Như trên;", "Lưu: VT."] */
  recipients?: string[];
  info?: { title?: string; author?: string };
  /** Portrait unless a wide table needs landscape (the decree allows it for tables). */
  orientation?: Orientation;
}

// Stored text may arrive decomposed (pasted from other software); pdfkit does not compose
// combining marks, so NFC keeps the glyph for "ệ" instead of "e" + two floating marks.
const nfc = (text: string): string => text.normalize('NFC');
const upper = (text: string): string => nfc(text).toLocaleUpperCase('vi');

function rule(width: number, margin: [number, number, number, number]): Content {
  return {
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.75 }],
    alignment: 'center',
    margin,
  };
}

/** (5, 'BB', 'CĐCS') → "05/BB-CĐCS": the decree pads numbers below 10 only. */
export function documentNumber(seq: number, typeCode: string, issuer: string): string {
  if (!Number.isInteger(seq) || seq < 1) {
    throw new RangeError(say(m.badDocumentNumber, { seq }));
  }
  return `${String(seq).padStart(2, '0')}/${typeCode}-${issuer}`;
}

export function paragraph(text: string): Content {
  return {
    text: nfc(text),
    alignment: 'justify',
    leadingIndent: FIRST_LINE_INDENT,
    margin: [0, 0, 0, PARAGRAPH_SPACING],
  };
}

export interface SimpleTable {
  /** pdfmake column widths: numbers in pt, '*' or 'auto'. */
  widths: (number | '*' | 'auto')[];
  header: string[];
  rows: (string | number)[][];
  /** Per-column alignment; defaults to left. */
  align?: ('left' | 'center' | 'right')[];
}

/**
 * A bordered 11 pt table whose header row repeats on every page, as the decree's tables
 * (10–12 pt) look in the offices that use Word.
 */
export function simpleTable(spec: SimpleTable): ContentTable {
  const alignmentOf = (col: number) => spec.align?.[col] ?? 'left';
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: spec.widths,
      body: [
        spec.header.map((cell) => ({ text: nfc(cell), bold: true, alignment: 'center' as const })),
        ...spec.rows.map((row) => row.map((cell, col) => ({ text: nfc(String(cell)), alignment: alignmentOf(col) }))),
      ],
    },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
    fontSize: TABLE_FONT_SIZE,
    margin: [0, 2, 0, PARAGRAPH_SPACING + 2],
  };
}

/**
 * An organisation name too long for its header column, broken so that its second line does not
 * hold a lone syllable: "CÔNG ĐOÀN NGÀNH Y TẾ / HÀ NỘI", not "CÔNG ĐOÀN NGÀNH Y TẾ HÀ / NỘI"
 * (a Vietnamese word is often two syllables, and a name split inside one reads wrong). pdfmake
 * cannot measure text while a definition is built, so where the column runs out is estimated
 * from the length; other names are left to wrap where they do.
 */
export function balancedHeaderLines(text: string, width: number, fontSize: number): string {
  const capacity = Math.floor(width / (UPPER_CASE_EM * fontSize));
  if (text.length <= capacity) return text;
  const words = text.split(' ');
  let onFirstLine = 0;
  let used = -1;
  while (onFirstLine < words.length && used + 1 + words[onFirstLine]!.length <= capacity) {
    used += 1 + words[onFirstLine]!.length;
    onFirstLine++;
  }
  if (words.length - onFirstLine !== 1 || onFirstLine < 3) return text;
  return `${words.slice(0, onFirstLine - 1).join(' ')}\n${words.slice(onFirstLine - 1).join(' ')}`;
}

function headerBlock(h: DocumentHeader, leftWidth: number): Content[] {
  const orgName = (name: string) => balancedHeaderLines(upper(name), leftWidth, ORG_FONT_SIZE);
  const names: Content = {
    columns: [
      {
        width: leftWidth,
        stack: [
          { text: orgName(h.higherUnion), fontSize: ORG_FONT_SIZE },
          { text: orgName(h.branchName), fontSize: ORG_FONT_SIZE, bold: true },
          rule(ORG_RULE_WIDTH, [0, 3, 0, 0]),
        ],
        alignment: 'center',
      },
      {
        width: '*',
        stack: [
          { text: NATION, fontSize: NATION_FONT_SIZE, bold: true, noWrap: true },
          { text: MOTTO, fontSize: MOTTO_FONT_SIZE, bold: true },
          rule(MOTTO_RULE_WIDTH, [0, 3, 0, 0]),
        ],
        alignment: 'center',
      },
    ],
    columnGap: HEADER_COLUMN_GAP,
  };
  // A second row, so "Số:" and the place-date line share a baseline however many lines the
  // organisation names above them wrap to.
  const numberAndDate: Content = {
    columns: [
      {
        width: leftWidth,
        text: h.number ? `Số: ${nfc(h.number)}` : '',
        alignment: 'center',
      },
      {
        width: '*',
        text: nfc(formatPlaceDateLine(nfc(h.place), h.date)),
        italics: true,
        alignment: 'center',
      },
    ],
    columnGap: HEADER_COLUMN_GAP,
    margin: [0, 8, 0, 0],
  };
  return [names, numberAndDate];
}

function titleBlock(title: string, subject: string | undefined): Content[] {
  const blocks: Content[] = [
    {
      text: upper(title),
      bold: true,
      fontSize: TITLE_FONT_SIZE,
      alignment: 'center',
      margin: [0, 20, 0, 0],
    },
  ];
  if (subject) {
    blocks.push({ text: nfc(subject), bold: true, fontSize: TITLE_FONT_SIZE, alignment: 'center' });
  }
  blocks.push(rule(SUBJECT_RULE_WIDTH, [0, 6, 0, 14]));
  return blocks;
}

function closingBlock(signature: SignatureBlock | undefined, recipients: string[] | undefined): Content | null {
  if (!signature && !recipients?.length) return null;
  const recipientColumn: Column = recipients?.length
    ? {
        width: '*',
        stack: [
          { text: 'Nơi nhận:', bold: true, italics: true, fontSize: 12 },
          ...recipients.map((item) => ({
            text: `- ${nfc(item).replace(/^\s*-\s*/, '')}`,
            fontSize: 11,
          })),
        ],
      }
    : { width: '*', text: '' };
  const signatureColumn: Column = signature
    ? {
        width: 250,
        alignment: 'center',
        stack: [
          ...signature.authority.map((line) => ({ text: upper(line), bold: true })),
          { text: nfc(signature.name), bold: true, margin: [0, SIGNATURE_SPACE, 0, 0] },
        ],
      }
    : { width: 250, text: '' };
  return {
    // Never split "Nơi nhận" or the signature from its name across a page break.
    unbreakable: true,
    columns: [recipientColumn, signatureColumn],
    columnGap: 10,
    margin: [0, 10, 0, 0],
  };
}

/**
 * What may go to the next page with the closing: a paragraph (a closing sentence is short), or
 * a block the document made unbreakable itself (a heading with its short table), which one
 * more unbreakable block around it does not change.
 */
const keepsWithClosing = (node: Content | undefined): boolean =>
  typeof node === 'string' ||
  (typeof node === 'object' && node !== null && ('text' in node || ('unbreakable' in node && !!node.unbreakable)));

/**
 * A page holding only "Nơi nhận" and the signature could be detached and put under another
 * text, so the last block moves to the next page with them when they do not fit. A final bare
 * table is left alone: it may be pages long, and pdfmake drops what an unbreakable block puts
 * past its first page.
 */
function withClosing(body: Content[], closing: Content | null): Content[] {
  if (!closing) return body;
  const last = body.at(-1);
  if (!keepsWithClosing(last)) return [...body, closing];
  return [...body.slice(0, -1), { unbreakable: true, stack: [last!, closing] }];
}

export function buildDocDefinition(doc: FormalDocument): TDocumentDefinitions {
  const landscape = doc.orientation === 'landscape';
  const margins = landscape ? LANDSCAPE_PAGE_MARGINS : PAGE_MARGINS;
  const content: Content[] = [
    ...headerBlock(doc.header, landscape ? HEADER_LEFT_WIDTH_LANDSCAPE : HEADER_LEFT_WIDTH),
    ...titleBlock(doc.title, doc.subject),
    ...withClosing(doc.body, closingBlock(doc.signature, doc.recipients)),
  ];
  const titleForInfo = doc.subject ? `${upper(doc.title)} ${nfc(doc.subject)}` : upper(doc.title);
  return {
    pageSize: 'A4',
    pageOrientation: landscape ? 'landscape' : 'portrait',
    pageMargins: margins,
    language: 'vi-VN',
    info: {
      title: nfc(doc.info?.title ?? titleForInfo),
      author: nfc(doc.info?.author ?? upper(doc.header.branchName)),
      creator: 'Sổ Công đoàn',
    },
    defaultStyle: { font: FONT_FAMILY, fontSize: BODY_FONT_SIZE },
    // The decree numbers pages from the second one, centred in the top margin.
    header: (currentPage) =>
      currentPage < 2
        ? null
        : {
            text: String(currentPage),
            alignment: 'center',
            fontSize: BODY_FONT_SIZE,
            margin: [margins[0], margins[1] / 2 - 8, margins[2], 0],
          },
    content,
  };
}
