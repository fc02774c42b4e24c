/**
 * The standard PDF fonts (Helvetica) encode WinAnsi only: Latin-1 plus a few typographic marks.
 * Anything else would come out as garbage (pdfkit does not fail, it writes wrong glyphs), so every
 * string is passed through `pdfText` first: common symbols get an ASCII stand-in, Cyrillic and
 * Greek are transliterated, accented letters outside Latin-1 lose their accent, and what is left
 * (emoji, CJK…) becomes "?" — one per character, so the text keeps its shape.
 */

/** The characters WinAnsi adds to Latin-1 in 0x80–0x9F. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

const SYMBOLS: Record<string, string> = {
  '→': '->',
  '←': '<-',
  '↔': '<->',
  '⇒': '=>',
  '↑': '^',
  '↓': 'v',
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '≈': '~',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '∞': 'inf',
  '✓': 'v',
  '✔': 'v',
  '✗': 'x',
  '★': '*',
  '·': '·',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u200b': '',
  '\ufe0f': '',
  '\u200d': '',
};

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '',
  э: 'e', ю: 'yu', я: 'ya', є: 'ye', і: 'i', ї: 'yi', ґ: 'g',
};

const GREEK: Record<string, string> = {
  α: 'a', β: 'b', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o',
  π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

function encodable(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code === 0x0a || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char);
}

function transliterate(table: Record<string, string>, char: string): string | undefined {
  const lower = char.toLowerCase();
  const latin = table[lower];
  if (latin === undefined) return undefined;
  return lower === char || latin.length === 0 ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
}

function replacement(char: string): string {
  const symbol = SYMBOLS[char];
  if (symbol !== undefined) return symbol;
  const latin = transliterate(CYRILLIC, char) ?? transliterate(GREEK, char);
  if (latin !== undefined) return latin;
  // Accented letters outside Latin-1 (ł is not decomposable, ő is): the base letter when there is one.
  const base = char.normalize('NFD').replace(/\p{M}/gu, '');
  if (base !== char && [...base].every(encodable)) return base;
  if (char === 'ł') return 'l';
  if (char === 'Ł') return 'L';
  if (/\s/u.test(char)) return ' ';
  if (/\p{Cc}/u.test(char)) return '';
  return '?';
}

/** Text that needs no change: printable ASCII, Latin-1 letters and line breaks (most of a report's strings). */
const PLAIN = /^[\n\x20-\x7e\xa0-\xff]*$/;

/** `text` with only characters Helvetica can show (see above); tabs become spaces, other control characters go. */
export function pdfText(text: string): string {
  if (PLAIN.test(text)) return text;
  let out = '';
  for (const char of text.replace(/\r\n?/g, '\n')) out += encodable(char) ? char : replacement(char);
  return out;
}
