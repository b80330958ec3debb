import type { CongressKind, Office } from '../../shared/domain';
import { isInCapitals, textInNormalCase } from '../../shared/text/vietnamese-case';
import type { MarkMeaning } from './marks';
import { fold } from './vocabulary';

/** A text of a sheet that may say something about the election: a title, a hint, a header. */
export interface PlacedText {
  text: string;
  /** `Sheet "BCH", ô A3` */
  place: string;
  /** Header cells count as evidence for the mark meaning without naming a mark. */
  header?: boolean;
}

/** A value the sheet states, with where it says it. */
export interface Found<T> {
  value: T;
  place: string;
  text: string;
}

function firstMatch<T>(texts: readonly PlacedText[], read: (folded: string, text: string) => T | null): Found<T> | null {
  for (const t of texts) {
    const value = read(fold(t.text), t.text);
    if (value !== null) return { value, place: t.place, text: t.text };
  }
  return null;
}

function allMatches<T>(texts: readonly PlacedText[], read: (folded: string, t: PlacedText) => T | null): Found<T>[] {
  const found: Found<T>[] = [];
  for (const t of texts) {
    const value = read(fold(t.text), t);
    if (value !== null) found.push({ value, place: t.place, text: t.text });
  }
  return found;
}

/** "Số lượng cần bầu: 9", "bầu 9 đồng chí", "Số lượng bầu: 9 người". */
export function seatsStated(texts: readonly PlacedText[]): Found<number>[] {
  return allMatches(texts, (folded) => {
    const stated = /\bso (luong |nguoi |dong chi |uy vien |dai bieu )?(can |duoc |se )?bau( cu)?( ra)?[^0-9]{0,12}?(\d{1,4})/.exec(folded) ?? /\bbau (du )?(\d{1,4}) (dong chi|nguoi|uy vien|dai bieu|thanh vien)/.exec(folded);
    if (!stated) return null;
    const seats = Number(stated[5] ?? stated[2]);
    return seats > 0 ? seats : null;
  });
}

const STRUCK = /(bi gach|gach ten|gach bo|gach cheo|\bgach\b|khong bau|khong dong y|khong tin nhiem|bi loai)/;
const KEPT = /(duoc bau|bau cho|giu lai|dong y|tin nhiem|duoc chon|(=|:|\bla)\s*bau\b)/;
/** A header over the names may say it in one word: "Bầu", "Chọn". */
const KEPT_HEADER = /^(bau|chon|dong y|giu lai)$/;
/** A hint names a mark ("Đánh dấu x vào…", "x = gạch", "Ký hiệu ✓"); a title's "khóa V" does not. */
const MENTIONS_A_MARK = /(danh dau|\bdau\b|ky hieu|\bx\s*(=|:|\bla\b)|(=|:)\s*x\b|"x"|✓)/;

/** What the sheet says a mark means: a hint ("Đánh dấu x vào tên đồng chí bị gạch"), a header
 *  ("Gạch tên"), a totals label ("Số lần bị gạch"). Several different answers are all returned. */
export function meaningStated(texts: readonly PlacedText[]): Found<MarkMeaning>[] {
  return allMatches(texts, (folded, t) => {
    if (!t.header && !MENTIONS_A_MARK.test(folded)) return null;
    // Negated phrases first: "không gạch" keeps, "không đồng ý" strikes.
    if (/khong (bi )?gach/.test(folded)) return 'kept';
    if (STRUCK.test(folded)) return 'struck';
    if (KEPT.test(folded) || (t.header && KEPT_HEADER.test(folded))) return 'kept';
    return null;
  });
}

/** "Số đại biểu được triệu tập: 45", "Tổng số đảng viên triệu tập: 45". */
export function summonedStated(texts: readonly PlacedText[]): Found<number> | null {
  return firstMatch(texts, (folded) => {
    const match = /trieu tap\s*(la|:|=)?\s*(\d{1,6})/.exec(folded);
    return match ? Number(match[2]) : null;
  });
}

/** "Số đại biểu có mặt: 43". */
export function presentStated(texts: readonly PlacedText[]): Found<number> | null {
  return firstMatch(texts, (folded) => {
    const match = /co mat\s*(luc bau cu|khi bau cu)?\s*(la|:|=)?\s*(\d{1,6})/.exec(folded);
    return match ? Number(match[3]) : null;
  });
}

export function kindStated(texts: readonly PlacedText[]): Found<CongressKind> | null {
  return firstMatch(texts, (folded) => {
    if (/dai hoi dai bieu/.test(folded)) return 'delegates';
    if (/^hoi nghi\b.*\b(ban chap hanh|bch|cap uy|dang uy|chi uy)\b/.test(folded)) return 'committee';
    if (/dai hoi (toan the )?dang vien|dai hoi chi bo/.test(folded)) return 'members';
    return null;
  });
}

const OFFICE_PATTERNS: ReadonlyArray<readonly [Office, RegExp]> = [
  ['pho_bi_thu', /pho bi thu|\bpbt\b/],
  ['chu_nhiem_ubkt', /chu nhiem (uy ban )?kiem tra|chu nhiem ubkt|\bcn ?ubkt\b/],
  ['ubkt', /uy ban kiem tra|\bubkt\b/],
  ['ban_thuong_vu', /ban thuong vu|\bbtv\b/],
  ['bi_thu', /\bbi thu\b/],
  ['dai_bieu_du_khuyet', /dai bieu du khuyet|\bdbdk\b/],
  ['dai_bieu', /dai bieu (chinh thuc )?(di )?du dai hoi|bau dai bieu|\bdai bieu\b|\bdbct\b|\bdb\b/],
  ['cap_uy', /ban chap hanh|\bbch\b|cap uy|chi uy|dang uy|ban chi uy/],
];

/** The office an election title or a sheet name names (RULES R0). */
export function officeStated(texts: readonly PlacedText[]): Found<Office> | null {
  return firstMatch(texts, (folded) => {
    for (const [office, pattern] of OFFICE_PATTERNS) if (pattern.test(folded)) return office;
    return null;
  });
}

/** What a sheet's heading puts before what is elected: "BẢNG KIỂM PHIẾU", "TỔNG HỢP KẾT QUẢ KIỂM PHIẾU THEO TỔ -", "DANH SÁCH BẦU CỬ". */
const HEADING_WORDS = /^(?:(?:bang|bien ban|tong hop|danh sach|ket qua|kiem phieu|bau cu|ung cu vien|phieu bau|theo to)(?![\p{L}\d])[\s\-–:,.]*)+/u;

/** Each letter without its marks, one for one, so that a length in it is a length in the text. */
function bareLetters(text: string): string {
  return text.replace(/./gsu, (letter) => {
    const bare = letter.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
    return bare.length === letter.length ? bare : letter;
  });
}

/**
 * A sheet's title row as the name of an election, in the words the program gives its elections:
 * "BẢNG KIỂM PHIẾU BẦU BAN CHẤP HÀNH ĐẢNG BỘ XÃ KHÓA V" → "Bầu Ban Chấp hành Đảng bộ xã khóa V",
 * "DANH SÁCH BẦU CỬ BAN CHẤP HÀNH" → "Bầu Ban Chấp hành". Null when the heading says nothing more.
 */
export function electionTitleFrom(text: string): string | null {
  const rest = text.slice(HEADING_WORDS.exec(bareLetters(text))?.[0].length ?? 0).trim();
  if (!/[\p{L}\d]/u.test(rest)) return null;
  const elects = /^bau(?![\p{L}\d])/u.test(bareLetters(rest));
  if (isInCapitals(text)) return textInNormalCase(elects ? rest : `BẦU ${rest}`);
  return elects ? rest.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase()) : `Bầu ${rest}`;
}

/** The title of the election: the title row that says what is elected. */
export function titleStated(texts: readonly PlacedText[]): Found<string> | null {
  return firstMatch(texts, (folded, text) => (/(^|\s)bau\s|kiem phieu|ket qua/.test(folded) && text.length <= 300 ? electionTitleFrom(text) : null));
}

/** "ĐẢNG BỘ PHƯỜNG HÒA AN" → "Đảng bộ phường Hòa An". */
export function organizationStated(texts: readonly PlacedText[]): Found<string> | null {
  return firstMatch(texts, (folded, text) => (/^(dang bo|chi bo|dang uy)\b/.test(folded) && text.length <= 200 ? textInNormalCase(text) : null));
}

/** "ĐẠI HỘI ĐẢNG BỘ PHƯỜNG HÒA AN LẦN THỨ III" → "Đại hội Đảng bộ phường Hòa An lần thứ III"; also "HỘI NGHỊ LẦN THỨ NHẤT BAN CHẤP HÀNH …". */
export function congressNameStated(texts: readonly PlacedText[]): Found<string> | null {
  return firstMatch(texts, (folded, text) => (/^(dai hoi|hoi nghi\b.*\b(ban chap hanh|bch|cap uy|dang uy|chi uy))\b/.test(folded) && text.length <= 300 ? textInNormalCase(text) : null));
}

/** "Nhiệm kỳ 2025 - 2030" → "2025-2030". */
export function termStated(texts: readonly PlacedText[]): Found<string> | null {
  return firstMatch(texts, (folded) => {
    const match = /nhiem ky\s*:?\s*(\d{4})\s*[-–]\s*(\d{4})/.exec(folded);
    return match ? `${match[1]}-${match[2]}` : null;
  });
}

/** "ngày 20 tháng 6 năm 2025", "20/6/2025" → "2025-06-20". */
export function dateStated(texts: readonly PlacedText[]): Found<string> | null {
  return firstMatch(texts, (folded) => {
    const match = /ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})/.exec(folded) ?? /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(folded);
    if (!match) return null;
    const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  });
}
