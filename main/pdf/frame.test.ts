import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setMessageLanguage } from '../i18n/messages';
import { fontsDir } from './fonts';
import {
  MOTTO_RULE_WIDTH,
  balancedHeaderLines,
  buildDocDefinition,
  documentNumber,
  paragraph,
  type FormalDocument,
} from './frame';
import { renderPdf } from './render';
import { sampleDocument } from './sample';
import { pageCount, pageText, poppler, wordsOnPage } from './testing/poppler';

let dir: string;
const write = async (name: string, doc: FormalDocument): Promise<string> => {
  const file = path.join(dir, name);
  writeFileSync(file, await renderPdf(buildDocDefinition(doc)));
  return file;
};

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'scd-pdf-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('documentNumber', () => {
  it.each([
    [5, 'BB', 'CĐCS', '05/BB-CĐCS'],
    [1, 'TB', 'CĐCS', '01/TB-CĐCS'],
    [9, 'QĐ', 'CĐCS', '09/QĐ-CĐCS'],
    [10, 'NQ', 'CĐCS', '10/NQ-CĐCS'],
    [12, 'BB', 'CĐCS', '12/BB-CĐCS'],
    [123, 'GM', 'CĐCS', '123/GM-CĐCS'],
  ])('(%i, %s, %s) → %s', (seq, type, issuer, expected) => {
    expect(documentNumber(seq, type, issuer)).toBe(expected);
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects %s', (seq) => {
    expect(() => documentNumber(seq, 'BB', 'CĐCS')).toThrow(RangeError);
  });

  it('says why in the UI’s language', () => {
    expect(() => documentNumber(0, 'BB', 'CĐCS')).toThrow('Số văn bản phải là số nguyên dương, nhận được: 0');
    setMessageLanguage('en');
    try {
      expect(() => documentNumber(1.5, 'BB', 'CĐCS')).toThrow(
        'A document number must be a positive whole number, not 1.5',
      );
    } finally {
      setMessageLanguage('vi');
    }
  });
});

describe('balancedHeaderLines', () => {
  it('moves a syllable down rather than leave one alone on the second line', () => {
    expect(balancedHeaderLines('CÔNG ĐOÀN NGÀNH Y TẾ HÀ NỘI', 190, 12.5)).toBe('CÔNG ĐOÀN NGÀNH Y TẾ\nHÀ NỘI');
  });

  it('leaves a name that fits, or whose second line holds more than one syllable', () => {
    expect(balancedHeaderLines('CÔNG ĐOÀN SỞ TÀI CHÍNH', 190, 12.5)).toBe('CÔNG ĐOÀN SỞ TÀI CHÍNH');
    expect(balancedHeaderLines('CÔNG ĐOÀN NGÀNH Y TẾ HÀ NỘI', 300, 12.5)).toBe('CÔNG ĐOÀN NGÀNH Y TẾ HÀ NỘI');
    const twoLines = 'CÔNG ĐOÀN VIÊN CHỨC TỈNH NGHỆ AN';
    expect(balancedHeaderLines(twoLines, 190, 12.5)).toBe(twoLines);
  });

  it('sets the higher union of a portrait document without a lone syllable on its second line', async () => {
    const doc = sampleDocument({ date: '2026-02-05' });
    const file = await write('header.pdf', {
      ...doc,
      header: { ...doc.header, higherUnion: 'Công đoàn ngành Y tế Hà Nội' },
    });
    const lines = pageText(file).split('\n');
    expect(lines.some((line) => line.trim().startsWith('HÀ NỘI'))).toBe(true);
    expect(lines.some((line) => line.includes('Y TẾ HÀ'))).toBe(false);
  });
});

describe('paragraph', () => {
  it('is justified, indented about 1 cm, with at least 6 pt after it, and NFC', () => {
    const p = paragraph('Đoàn viên'.normalize('NFD')) as unknown as {
      text: string;
      alignment: string;
      leadingIndent: number;
      margin: number[];
    };
    expect(p.text).toBe('Đoàn viên'.normalize('NFC'));
    expect(p.alignment).toBe('justify');
    expect(p.leadingIndent).toBeCloseTo(28.35, 1);
    expect(p.margin[3]).toBeGreaterThanOrEqual(6);
  });
});

describe('fontsDir', () => {
  const saved = process.env.SCD_RESOURCES_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.SCD_RESOURCES_DIR;
    else process.env.SCD_RESOURCES_DIR = saved;
  });

  it('finds resources/fonts of the repository from source', () => {
    delete process.env.SCD_RESOURCES_DIR;
    expect(fontsDir()).toBe(path.resolve(__dirname, '../../resources/fonts'));
  });

  it('uses SCD_RESOURCES_DIR when the packaged app sets it', () => {
    process.env.SCD_RESOURCES_DIR = '/opt/so-cong-doan/resources';
    expect(fontsDir()).toBe('/opt/so-cong-doan/resources/fonts');
  });
});

describe('sample document PDF', () => {
  let file: string;
  let text: string;
  beforeAll(async () => {
    file = await write('sample.pdf', sampleDocument({ date: '2026-02-05' }));
    text = pageText(file);
  });

  it('keeps every Vietnamese string intact', () => {
    for (const expected of [
      'CÔNG ĐOÀN VIÊN CHỨC TỈNH',
      'CÔNG ĐOÀN SỞ TÀI CHÍNH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 05/TB-CĐCS',
      'Nghệ An, ngày 05 tháng 02 năm 2026',
      'THÔNG BÁO',
      'Về việc tổ chức Hội nghị cán bộ, công chức, viên chức năm 2026',
      'trân trọng thông báo và kính mời toàn thể',
      'Người thực hiện',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT, BCH.',
      'TM. BAN CHẤP HÀNH',
      'CHỦ TỊCH',
      'Nguyễn Thị Thu Hương',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('puts the national name on one line', () => {
    expect(text.split('\n').some((line) => line.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toBe(true);
  });

  it('embeds Liberation Serif in all four styles it uses, and nothing else', () => {
    const rows = poppler('pdffonts', [file])
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatch(/^[A-Z]{6}\+LiberationSerif/);
      // columns: name type encoding emb sub uni object ID
      expect(row.trim().split(/\s+/).slice(-5, -2)).toEqual(['yes', 'yes', 'yes']);
    }
    // The regular face's PostScript name has no "-Regular" suffix.
    const names = rows.map((row) => row.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, ''));
    expect(names.sort()).toEqual([
      'LiberationSerif',
      'LiberationSerif-Bold',
      'LiberationSerif-BoldItalic',
      'LiberationSerif-Italic',
    ]);
  });

  it('is A4 portrait', () => {
    expect(poppler('pdfinfo', [file])).toMatch(/Page size:\s+595\.2\d? x 841\.8\d? pts \(A4\)/);
  });

  it('draws the motto as wide as its rule and aligns "Số:" with the date line', () => {
    const words = wordsOnPage(file, 1);
    const first = words.findIndex((w) => w.text === 'Độc');
    const start = words[first];
    const end = words.slice(first).find((w) => w.text === 'phúc');
    expect(start && end).toBeTruthy();
    expect(Math.abs(end!.xMax - start!.xMin - MOTTO_RULE_WIDTH)).toBeLessThan(1.5);

    const so = words.find((w) => w.text === 'Số:');
    const place = words.find((w) => w.text === 'Nghệ');
    expect(so && place).toBeTruthy();
    expect(Math.abs(so!.yMin - place!.yMin)).toBeLessThan(1);
  });

  it('renders the same definition twice identically (pdfmake must not see our nodes)', async () => {
    const def = buildDocDefinition(sampleDocument());
    const a = path.join(dir, 'twice-a.pdf');
    const b = path.join(dir, 'twice-b.pdf');
    writeFileSync(a, await renderPdf(def));
    writeFileSync(b, await renderPdf(def));
    expect(pageText(b)).toBe(pageText(a));
  });
});

describe('page numbers', () => {
  it('appear centred in the top margin from page 2 only', async () => {
    const base = sampleDocument();
    const filler = Array.from({ length: 30 }, (_, i) =>
      paragraph(
        `Đoạn ${i + 1}: Ban Chấp hành Công đoàn cơ sở tổng kết công tác năm, đánh giá việc thực hiện ` +
          'nghị quyết đại hội, chăm lo đời sống, bảo vệ quyền và lợi ích hợp pháp, chính đáng của đoàn viên.',
      ),
    );
    const file = await write('long.pdf', { ...base, body: [...base.body, ...filler] });
    const pages = pageCount(file);
    expect(pages).toBeGreaterThanOrEqual(2);

    const firstLine = (page: number) =>
      pageText(file, page)
        .split('\n')
        .find((line) => line.trim() !== '')
        ?.trim();
    expect(firstLine(1)).not.toMatch(/^\d+$/);
    expect(pageText(file, 1)).not.toMatch(/^\s*1\s*$/m);
    for (let page = 2; page <= pages; page++) {
      expect(firstLine(page)).toBe(String(page));
      const number = wordsOnPage(file, page)[0]!;
      // Inside the 20 mm top margin, and centred over the text block (30 mm left, 15 mm right).
      expect(number.yMin).toBeLessThan(56.7);
      expect((number.xMin + number.xMax) / 2).toBeCloseTo((85.04 + 595.28 - 42.52) / 2, -1);
    }
  });
});

describe('the signature page', () => {
  it('takes the last paragraph along when the signature does not fit under it', async () => {
    const base = sampleDocument();
    const filler = [1, 2].map((n) =>
      paragraph(`Đoạn ${n}: Ban Chấp hành Công đoàn cơ sở tổng kết công tác năm, đánh giá việc thực hiện nghị quyết.`),
    );
    const file = await write('keep.pdf', { ...base, body: [...base.body, ...filler] });
    expect(pageCount(file)).toBe(2);
    expect(pageText(file, 1)).toContain('Đoạn 1:');
    expect(pageText(file, 2)).toContain('Đoạn 2:');
    expect(pageText(file, 2)).toContain('TM. BAN CHẤP HÀNH');
  });

  it('takes a last block made unbreakable along too (a heading with its short table)', async () => {
    const base = sampleDocument();
    const [first, second] = [1, 2].map((n) =>
      paragraph(`Đoạn ${n}: Ban Chấp hành Công đoàn cơ sở tổng kết công tác năm, đánh giá việc thực hiện nghị quyết.`),
    );
    const file = await write('keep-block.pdf', {
      ...base,
      body: [...base.body, first!, { unbreakable: true, stack: [second!] }],
    });
    expect(pageCount(file)).toBe(2);
    expect(pageText(file, 1)).toContain('Đoạn 1:');
    expect(pageText(file, 2)).toContain('Đoạn 2:');
    expect(pageText(file, 2)).toContain('TM. BAN CHẤP HÀNH');
  });
});

describe('landscape', () => {
  it('turns the sheet and its margins, keeping the header on one line and page numbers centred', async () => {
    const base = sampleDocument();
    const filler = Array.from({ length: 20 }, (_, i) => paragraph(`Đoạn ${i + 1}: nội dung kéo dài sang trang sau.`));
    const file = await write('landscape.pdf', { ...base, orientation: 'landscape', body: [...base.body, ...filler] });
    expect(poppler('pdfinfo', [file])).toMatch(/Page size:\s+841\.8\d? x 595\.2\d? pts \(A4\)/);
    const text = pageText(file);
    expect(text.split('\n').some((line) => line.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toBe(true);
    expect(text.split('\n').some((line) => line.includes('CÔNG ĐOÀN SỞ TÀI CHÍNH'))).toBe(true);

    // Binding on the top edge: 30 mm top, 20 mm left and right.
    const first = wordsOnPage(file, 1);
    expect(Math.min(...first.map((w) => w.yMin))).toBeGreaterThan(80);
    expect(Math.min(...first.map((w) => w.xMin))).toBeGreaterThan(56);
    expect(pageCount(file)).toBeGreaterThanOrEqual(2);
    const number = wordsOnPage(file, 2)[0]!;
    expect(number.text).toBe('2');
    expect(number.yMin).toBeLessThan(85);
    expect((number.xMin + number.xMax) / 2).toBeCloseTo(841.89 / 2, -1);
  });
});

describe('renderPdf access policy', () => {
  it('refuses images from local files outside the fonts folder', async () => {
    await expect(
      renderPdf({ content: [{ image: path.join(dir, 'sample.pdf') }], defaultStyle: { font: 'Times' } }),
    ).rejects.toThrow(/denied/);
  });

  it('refuses remote URLs', async () => {
    await expect(
      renderPdf({
        images: { logo: 'https://example.com/logo.png' },
        content: [{ image: 'logo' }],
        defaultStyle: { font: 'Times' },
      }),
    ).rejects.toThrow(/denied/);
  });
});
