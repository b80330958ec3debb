/**
 * Vietnamese text written in capitals (as old sheets write titles and names: "NGUYỄN VĂN AN",
 * "ĐẠI HỘI ĐẢNG BỘ PHƯỜNG HÒA AN LẦN THỨ III") put back in the capitalisation of Party documents
 * (Quy định 66-QĐ/TW, Nghị định 30/2020 Phụ lục II): "Nguyễn Văn An", "Đại hội Đảng bộ phường Hòa
 * An lần thứ III". Text already in mixed case is somebody's choice and is left as it is. The
 * letters are kept (tone marks where the text put them, "Hoà" or "Hòa"); only their case changes.
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** "Khoá", "khóa", "KHOÁ" → one key; so are "ủy" and "uỷ": the letters without case, the tone apart. */
function wordKey(word: string): string {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE_MARKS) ?? [];
  return decomposed.replace(TONE_MARKS, '').normalize('NFC') + tones.join('');
}

/** The letters of a word without tone marks: "quốc" → "quôc". */
function toneless(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');
}

const INITIALS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'th', 'tr', 'qu', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];
const RHYME =
  /^(?:iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|uya|uyê|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|ưa|ưi|ươ|ưu|uy|yê|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)(?:ch|ng|nh|c|m|n|p|t)?$/;

/** Whether a word can be a Vietnamese syllable; "BCH", "UBKT", "HĐND", "XVII", "III" cannot: they keep their capitals. */
export function isVietnameseSyllable(word: string): boolean {
  const letters = toneless(word);
  return INITIALS.some((initial) => letters.startsWith(initial) && RHYME.test(letters.slice(initial.length)));
}

/** Some letter in capitals and none in lower case. */
export function isInCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** "hòa" → "Hòa"; "h'hen" → "H'Hen" (a single letter before the apostrophe, as Ê Đê names write it). */
function capitalised(word: string): string {
  const lower = word.toLowerCase();
  const first = lower.replace(/^\p{L}/u, (letter) => letter.toUpperCase());
  return first.replace(/^(\p{Lu}['’])(\p{L})/u, (_, head: string, letter: string) => head + letter.toUpperCase());
}

const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\d+/gu;

interface Token {
  text: string;
  word: boolean;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (const match of text.matchAll(WORD)) {
    if (match.index > at) out.push({ text: text.slice(at, match.index), word: false });
    out.push({ text: match[0], word: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), word: false });
  return out;
}

/** A person's name: "NGUYỄN VĂN AN" → "Nguyễn Văn An"; a name in mixed case is left as written. */
export function nameInNormalCase(text: string): string {
  if (!isInCapitals(text)) return text;
  return tokens(text)
    .map((t) => (t.word ? capitalised(t.text) : t.text))
    .join('');
}

/**
 * Phrases whose capitals are fixed in Party documents, as they are written; the case of each word
 * is applied to the text's own letters. Longer phrases are tried first.
 */
const FIXED_PHRASES = [
  'Đảng Cộng sản Việt Nam',
  'Thành phố Hồ Chí Minh',
  'Ban Chấp hành Trung ương',
  'Phó Chủ nhiệm Ủy ban Kiểm tra',
  'Chủ nhiệm Ủy ban Kiểm tra',
  'Mặt trận Tổ quốc Việt Nam',
  'Ban Chấp hành',
  'Ban Thường vụ',
  'Ban Bí thư',
  'Bộ Chính trị',
  'Ủy ban Kiểm tra',
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Mặt trận Tổ quốc',
  'Phó Bí thư',
  'Bí thư',
  'Trung ương',
  'Việt Nam',
  'Hồ Chí Minh',
  'Thủ đô Hà Nội',
  'sinh hoạt đảng',
  'đảng viên',
  'đảng phí',
  'Đảng',
].map((phrase) => phrase.split(' ')).sort((a, b) => b.length - a.length);

/** An organisation of the Party whose name follows: "Đảng bộ Khối các cơ quan", "Chi bộ Trường…". */
const ORGANISATIONS = [['đảng', 'bộ'], ['chi', 'bộ'], ['đảng', 'ủy'], ['chi', 'ủy']];

/** Administrative units: written in lower case, the place's name after them in capitals ("phường Hòa An"); before a number, capitalised ("Quận 1"). */
const UNITS = [['tổ', 'dân', 'phố'], ['thành', 'phố'], ['thị', 'xã'], ['thị', 'trấn'], ['khu', 'phố'], ['đặc', 'khu'], ['tỉnh'], ['huyện'], ['quận'], ['xã'], ['phường'], ['thôn'], ['ấp'], ['bản'], ['xóm']].sort((a, b) => b.length - a.length);

/** Words that end a place's name: what a title says after it. */
const AFTER_A_NAME = new Set(['lần', 'khóa', 'nhiệm', 'năm', 'ngày', 'tháng', 'vòng', 'bầu', 'đi', 'dự', 'tại', 'và', 'của', 'về', 'gồm', 'lúc', 'kỳ', 'thứ', 'số', 'theo'].map(wordKey));

/** Words after which a roman numeral stays one: "khóa VI", "lần thứ XI", "Đại hội XIV". */
const BEFORE_A_NUMERAL = new Set(['khóa', 'thứ', 'kỳ', 'hội'].map(wordKey));
const ROMAN_NUMERAL = /^(?=[IVXLCDM]+$)M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/** The phrase of `list` that the words at `i` spell, if any. */
function phraseAt(keys: readonly string[], i: number, list: readonly (readonly string[])[]): readonly string[] | null {
  return list.find((phrase) => phrase.every((word, k) => keys[i + k] === wordKey(word))) ?? null;
}

/**
 * A title, a congress's or an organisation's name written in capitals, in the capitalisation of
 * Party documents: "ĐẠI HỘI ĐẢNG BỘ PHƯỜNG HÒA AN LẦN THỨ III" → "Đại hội Đảng bộ phường Hòa An lần
 * thứ III", "BẦU BAN CHẤP HÀNH ĐẢNG BỘ XÃ KHÓA V" → "Bầu Ban Chấp hành Đảng bộ xã khóa V".
 * Abbreviations (BCH, UBKT) and roman numerals keep their capitals. Mixed case is left as it is.
 */
export function textInNormalCase(text: string): string {
  if (!isInCapitals(text)) return text;
  const all = tokens(text);
  const words: string[] = [];
  /** What stands between each word and the one before it. */
  const gaps: string[] = [];
  let gap = '';
  for (const t of all) {
    if (!t.word) gap += t.text;
    else {
      words.push(t.text);
      gaps.push(gap);
      gap = '';
    }
  }
  const keys = words.map(wordKey);
  const out = words.map((w) => w.toLowerCase());
  const capitalise = (i: number) => (out[i] = capitalised(words[i] ?? ''));
  // A place's name runs from after its unit to a word or a mark that ends it.
  let inName = false;
  for (let i = 0; i < words.length; ) {
    const word = words[i] as string;
    if (/[^\s\-–.]/.test(gaps[i] ?? '')) inName = false;
    const fixed = phraseAt(keys, i, FIXED_PHRASES);
    const unit = phraseAt(keys, i, UNITS);
    const organisation = phraseAt(keys, i, ORGANISATIONS);
    const longest = Math.max(fixed?.length ?? 0, unit?.length ?? 0, organisation?.length ?? 0);
    if (fixed && fixed.length === longest) {
      fixed.forEach((phraseWord, k) => /^\p{Lu}/u.test(phraseWord) && capitalise(i + k));
      inName = false;
      i += fixed.length;
    } else if (organisation && organisation.length === longest) {
      capitalise(i);
      // The organisation's own name starts with a capital ("Đảng bộ Khối…"), not a unit or what ends a name.
      const next = i + organisation.length;
      if (next < words.length && !phraseAt(keys, next, UNITS) && !phraseAt(keys, next, FIXED_PHRASES) && !AFTER_A_NAME.has(keys[next] as string) && isVietnameseSyllable(words[next] as string)) capitalise(next);
      inName = false;
      i += organisation.length;
    } else if (unit) {
      const beforeNumber = /^\d/.test(words[i + unit.length] ?? '');
      if (beforeNumber) capitalise(i);
      inName = !beforeNumber;
      i += unit.length;
    } else {
      const numeral = ROMAN_NUMERAL.test(word) && (!isVietnameseSyllable(word) || BEFORE_A_NUMERAL.has(keys[i - 1] ?? ''));
      if (inName && !numeral && !/^\d/.test(word) && !AFTER_A_NAME.has(keys[i] as string)) capitalise(i);
      else {
        inName = false;
        if (numeral || !isVietnameseSyllable(word)) out[i] = word;
      }
      i++;
    }
  }
  // The first word of the text, and of each sentence, starts with a capital.
  let w = 0;
  let sentenceStart = true;
  return all
    .map((t) => {
      if (!t.word) {
        if (/[.!?]\s*$/.test(t.text)) sentenceStart = true;
        return t.text;
      }
      const text = out[w++] as string;
      const shown = sentenceStart ? text.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase()) : text;
      sentenceStart = false;
      return shown;
    })
    .join('');
}
