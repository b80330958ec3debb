import { localDateTimeOf, vietnameseDate, vietnameseTime } from '../format/date';
import type { MarginCheck, SecondLook, SpotCheck } from '../scan/second-look';
import { printableName } from '../text/printable';
import type { MinutesBlock, MinutesModel, MinutesSource } from './model';

/** A scanned image as the minutes' annex lists it. */
export type ScanForMinutes = NonNullable<MinutesSource['scans']>[number];
export type MinutesAnnex = NonNullable<MinutesModel['annex']>;

/** How many hex digits of an image's SHA-256 the annex prints: enough to tell any two images of a congress apart. */
export const SHORT_HASH_LENGTH = 12;

/** The start of an image's SHA-256, as the annex prints it (the kept copy's file name starts with it). */
export function shortHash(sha256: string): string {
  return sha256.slice(0, SHORT_HASH_LENGTH);
}

function outcomeText(scan: ScanForMinutes): string {
  switch (scan.decision) {
    case 'counted':
      return 'Tính (máy đọc)';
    case 'confirmed':
      return 'Tính (người xem)';
    case 'pending':
      return 'Chờ xác nhận';
    case 'set_aside':
      return 'Không tính';
    case 'refused':
      return 'Không đọc được';
  }
}

/** Who decided what became of the image: the machine for what it counted or refused alone, else the person. */
function deciderText(scan: ScanForMinutes): string {
  if (scan.decision === 'counted' || scan.decision === 'refused') return 'máy';
  return scan.decidedBy ?? '';
}

/** Every reason the image carries, in order: why the machine sent it to a person or refused it, then the person's own words. */
function reasonsOf(scan: ScanForMinutes): string[] {
  return [scan.reason, scan.note].filter((r): r is string => typeof r === 'string' && r.trim() !== '').map((r) => printableName(r.trim()));
}

/**
 * The annex of the minutes when ballots were read from scans (issue 12; issue 17, item 7): a
 * compact table, one line an image (about 40 a page), with the start of its SHA-256 (the copy
 * kept beside the congress file is named by the whole hash), the paper it became, what became of
 * it and who decided; every reason (why the machine sent it to a person or refused it, why a
 * person set it aside, their note) kept, each written once below the table and referred to by its
 * number. None when the election has no scans.
 */
export function scansAnnex(scans: readonly ScanForMinutes[] | undefined, checks: readonly SecondLook[] = [], names: ReadonlyMap<string, string> = new Map()): MinutesAnnex | null {
  if (!scans || scans.length === 0) return null;
  const count = (test: (s: ScanForMinutes) => boolean) => scans.filter(test).length;
  const counted = count((s) => s.decision === 'counted' || s.decision === 'confirmed');
  const pending = count((s) => s.decision === 'pending');
  const setAside = count((s) => s.decision === 'set_aside');
  const refused = count((s) => s.decision === 'refused');
  const reasons: string[] = [];
  const refOf = (reason: string) => {
    let index = reasons.indexOf(reason);
    if (index < 0) index = reasons.push(reason) - 1;
    return `(${index + 1})`;
  };
  const rows = scans.map((s, i) => [
    [String(i + 1)],
    [printableName(s.image)],
    [shortHash(s.sha256)],
    [s.ballotNumber !== null ? String(s.ballotNumber) : ''],
    [outcomeText(s)],
    [reasonsOf(s).map(refOf).join(' ')],
    [printableName(deciderText(s))],
  ]);
  const figures = [`${counted} ảnh được tính là phiếu bầu`, ...(pending ? [`${pending} ảnh chờ xác nhận`] : []), ...(setAside ? [`${setAside} ảnh không tính`] : []), ...(refused ? [`${refused} ảnh không đọc được`] : [])];
  const blocks: MinutesBlock[] = [
    {
      kind: 'paragraph',
      style: 'plain',
      text: [`Có ${scans.length} ảnh phiếu quét: ${figures.join(', ')}. Mỗi ảnh được lưu kèm hồ sơ đại hội, tên tệp là mã SHA-256 của ảnh; cột "Mã" ghi ${SHORT_HASH_LENGTH} chữ số đầu của mã đó. Lý do ghi theo số ở cuối phụ lục.`],
    },
    {
      kind: 'table',
      compact: true,
      columns: [
        { header: 'TT', width: 5.3, align: 'center' },
        { header: 'Tên ảnh', width: 26, align: 'left' },
        { header: 'Mã', width: 14.2, align: 'left' },
        { header: 'Phiếu số', width: 7.5, align: 'center' },
        { header: 'Kết quả', width: 18.5, align: 'left' },
        { header: 'Lý do', width: 8.8, align: 'center' },
        { header: 'Người quyết định', width: 19.7, align: 'left' },
      ],
      rows,
    },
  ];
  if (reasons.length > 0) {
    blocks.push({ kind: 'paragraph', style: 'bold', text: ['Lý do:'] }, { kind: 'list', level: 1, items: reasons.map((r, i) => [`(${i + 1}) ${r}`]) });
  }
  blocks.push(...secondLookBlocks(checks, names));
  return { title: 'PHỤ LỤC: DANH SÁCH ẢNH PHIẾU QUÉT', blocks };
}

/** "Lúc 10 giờ 45 phút, ngày 20 tháng 6 năm 2025, Trần Thị Bình": when and who, on the machine's clock. */
function whenAndWho(check: SecondLook): string {
  const date = new Date(check.at);
  const when = Number.isNaN(date.getTime()) ? check.at : (() => {
    const local = localDateTimeOf(date);
    return `Lúc ${vietnameseTime(local)}, ${vietnameseDate(local)}`;
  })();
  return `${when}${check.operator ? `, ${printableName(check.operator)}` : ''}`;
}

/**
 * The second looks the committee made (issue 17, item 8), in the order made: each margin check
 * (whose rows, on how many scanned papers, and what was found) and each spot check (the number
 * drawn in the hall, the papers it drew, and whether each agreed with what was counted).
 */
function secondLookBlocks(checks: readonly SecondLook[], names: ReadonlyMap<string, string>): MinutesBlock[] {
  const margins = checks.filter((c): c is MarginCheck => c.kind === 'margin');
  const spots = checks.filter((c): c is SpotCheck => c.kind === 'spot');
  const blocks: MinutesBlock[] = [];
  if (margins.length > 0) {
    blocks.push({ kind: 'paragraph', style: 'bold', text: ['XEM LẠI CÁC PHIẾU CÓ CÁCH BIỆT NHỎ'] });
    blocks.push({
      kind: 'list',
      level: 1,
      items: margins.map((c) => {
        const who = c.candidates.map((x) => `${names.get(x.id) ?? x.id} (${x.votes} phiếu)`).join(', ');
        const found = c.wrong.length === 0 ? 'mọi phiếu đúng như đã tính' : `thấy phiếu số ${c.wrong.join(', ')} chưa đúng như đã tính`;
        return [`${whenAndWho(c)}: xem lại dòng tên của ${who} trên ${c.scanned} phiếu quét (kết quả cách biệt từ ${c.margin} phiếu trở xuống): ${found}.`];
      }),
    });
  }
  if (spots.length > 0) {
    blocks.push({ kind: 'paragraph', style: 'bold', text: ['KIỂM TRA NGẪU NHIÊN'] });
    blocks.push({
      kind: 'list',
      level: 1,
      items: spots.map((c) => [`${whenAndWho(c)}: số bốc thăm ${c.seed}, bốc ${c.papers.length} phiếu: ${c.papers.map((p) => `phiếu số ${p.number} ${p.agrees ? 'đúng' : 'KHÔNG ĐÚNG'}`).join(', ')} như đã tính.`]),
    });
  }
  return blocks;
}
