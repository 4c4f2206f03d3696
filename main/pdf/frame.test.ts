import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fontsDir } from './fonts';
import { MOTTO_RULE_WIDTH, buildDocDefinition, documentNumber, paragraph, type FormalDocument } from './frame';
import { renderPdf } from './render';
import { sampleDocument } from './sample';

// The PDF checks read what a printer would get, so they need poppler; a machine without it
// must fail loudly rather than pass on "the file exists".
function poppler(tool: 'pdftotext' | 'pdffonts' | 'pdfinfo', args: string[]): string {
  const probe = spawnSync(tool, ['-v'], { encoding: 'utf8' });
  if (probe.error) {
    throw new Error(
      `${tool} is missing: install Debian poppler-utils (apt-get install -y poppler-utils) to run the PDF tests`,
    );
  }
  return execFileSync(tool, args, { encoding: 'utf8' });
}

const pageText = (file: string, page?: number): string =>
  poppler('pdftotext', ['-layout', ...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-']);

const pageCount = (file: string): number => {
  const match = /^Pages:\s+(\d+)/m.exec(poppler('pdfinfo', [file]));
  if (!match?.[1]) throw new Error('pdfinfo printed no page count');
  return Number(match[1]);
};

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
}

function wordsOnPage(file: string, page: number): Word[] {
  const html = poppler('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-']);
  const words: Word[] = [];
  const re = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    words.push({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), text: m[4] ?? '' });
  }
  return words;
}

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
