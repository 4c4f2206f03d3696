// Vietnamese text helpers shared by main and the renderer bundle: no Node APIs, no dependencies.

/**
 * Canonical stored form of user text. Vietnamese arrives in both NFC and NFD (macOS, some IMEs,
 * pasted PDFs), and names copied from Word or the web carry NBSPs and tabs; without this, equal
 * names would compare unequal and duplicates would slip past checks.
 */
export function nfc(s: string): string {
  // \s covers NBSP, tabs, newlines and the other Unicode spaces.
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Tone- and mark-insensitive key for search. đ has no decomposition, so stripping marks alone
 * leaves it; users type "d" for it, hence the explicit mapping. ð/Ð (eth) are mapped too because
 * legacy-encoding converters and some keyboards produce them in place of đ/Đ.
 */
export function searchKey(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[đð]/g, 'd').replace(/\s+/g, ' ').trim();
}

/**
 * Token-wise substring match so that a partial name in any order finds the person
 * ("dao nguyen" finds "Nguyễn Thị Đào"). `haystackKey` must already be a searchKey,
 * so lists can compute it once per row.
 */
export function matchesSearch(haystackKey: string, query: string): boolean {
  const tokens = searchKey(query)
    .split(' ')
    .filter((t) => t !== '');
  return tokens.every((t) => haystackKey.includes(t));
}
