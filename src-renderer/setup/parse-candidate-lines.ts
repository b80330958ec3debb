import { normalizeName } from '../../shared/text/normalize';

export interface PastedCandidate {
  name: string;
  birthYear?: number;
  gender?: 'nam' | 'nữ';
  position?: string;
}

export interface PastedLine {
  line: number;
  candidate: PastedCandidate | null;
  error?: string;
}

/**
 * Names typed or pasted one per line, as people copy them from a list or a spreadsheet:
 * "Nguyễn Văn An", "3. Nguyễn Văn An", "3<TAB>Nguyễn Văn An<TAB>1970<TAB>Nam<TAB>Bí thư chi bộ",
 * "Nguyễn Văn An, 1970, nam". A leading number (STT) is dropped; a 4-digit year is the birth year;
 * "nam"/"nữ" is the gender; what remains after the name is the position.
 */
export function parseCandidateLines(text: string): PastedLine[] {
  const lines: PastedLine[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '') return;
    const cells = (raw.includes('\t') ? raw.split('\t') : raw.split(',')).map((c) => normalizeName(c)).filter((c) => c !== '');
    const first = cells[0] ?? '';
    const numbered = /^(\d+)[.)]?\s+(.+)$/.exec(first);
    if (numbered) cells[0] = numbered[2] as string;
    else if (/^\d+[.)]?$/.test(first)) cells.shift();
    const [name, ...rest] = cells;
    if (name === undefined || !/\p{L}/u.test(name)) {
      lines.push({ line: index + 1, candidate: null, error: `Dòng ${index + 1}: không thấy họ tên` });
      return;
    }
    const candidate: PastedCandidate = { name };
    const others: string[] = [];
    for (const cell of rest) {
      const lower = cell.toLocaleLowerCase('vi');
      if (/^(19|20)\d\d$/.test(cell)) candidate.birthYear = Number(cell);
      else if (lower === 'nam' || lower === 'nữ' || lower === 'nu') candidate.gender = lower === 'nam' ? 'nam' : 'nữ';
      else others.push(cell);
    }
    if (others.length > 0) candidate.position = others.join(', ');
    lines.push({ line: index + 1, candidate });
  });
  return lines;
}
