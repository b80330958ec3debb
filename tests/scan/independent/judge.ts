/**
 * What the scanner said against what is true, name by name: the safety properties of issue 17
 * (no confident misreading; what a person must judge is never read; a paper that needs a person is
 * never `read`), and the figures the bench prints.
 */
import { basename } from 'node:path';
import type { ImageRecord } from './corpus';
import type { NameTruth } from './kinds';

/** One entry of `kiem-phieu.scan` (INTERCHANGE.md "Scanned ballots"). */
export interface ScanBallot {
  image: string;
  sha256: string;
  status: 'read' | 'review' | 'refused';
  reason?: string;
  struck?: string[];
  marks?: Record<string, string>;
  uncertain?: string[];
}

export interface ScanOutput {
  format: string;
  version: number;
  ballots: ScanBallot[];
}

/** What the machine said of one name: a confident reading, or `uncertain` (a person decides). */
export type Reading = 'struck' | 'kept' | 'agree' | 'disagree' | 'both' | 'none' | 'uncertain';

export function readingOf(format: 'A' | 'B', scan: ScanBallot, id: string): Reading {
  if ((scan.uncertain ?? []).includes(id)) return 'uncertain';
  if (format === 'A') return (scan.struck ?? []).includes(id) ? 'struck' : 'kept';
  const mark = scan.marks?.[id] ?? 'none';
  return mark === 'agree' || mark === 'disagree' || mark === 'both' ? mark : 'none';
}

export type FindingKind = 'sai-chac-chan' | 'can-nguoi-bi-doc' | 'phieu-can-nguoi-thanh-doc' | 'phieu-khong-hop-le-thanh-doc' | 'thieu-ket-qua';

export interface Finding {
  kind: FindingKind;
  image: string;
  candidate?: string;
  detail: string;
}

export interface Judged {
  image: ImageRecord;
  scan: ScanBallot | undefined;
  findings: Finding[];
  /** names read with confidence and wrong */
  wrong: number;
  /** names a person must judge that the machine read with confidence */
  judgedRead: number;
}

const SAID: Record<Reading, string> = { struck: 'gạch', kept: 'giữ', agree: 'đồng ý', disagree: 'không đồng ý', both: 'cả hai ô', none: 'không đánh dấu', uncertain: 'chưa chắc' };
const TRUE: Record<NameTruth, string> = { struck: 'gạch', kept: 'giữ', agree: 'đồng ý', disagree: 'không đồng ý', none: 'không đánh dấu', judge: 'người phải xét' };

/**
 * Judges one image. A refused image counts nowhere: nothing it says of a name is a reading. A name
 * that is both in `struck`/`marks` and `uncertain` is uncertain (the contract: `struck`/`marks`
 * hold only confident names) but is still reported, as a contradiction, when it is a judge name.
 */
export function judgeImage(image: ImageRecord, scan: ScanBallot | undefined): Judged {
  const findings: Finding[] = [];
  const where = `${image.election}/${image.file}`;
  if (!scan) return { image, scan, findings: [{ kind: 'thieu-ket-qua', image: where, detail: 'ảnh không có trong kết quả quét' }], wrong: 0, judgedRead: 0 };
  let wrong = 0;
  let judgedRead = 0;
  const truth = image.truth;
  const needsPerson = truth.ballotJudge || Object.values(truth.names).includes('judge');
  if (scan.status !== 'refused') {
    for (const [id, t] of Object.entries(truth.names)) {
      const said = readingOf(truth.format, scan, id);
      const listedConfident = truth.format === 'A' ? (scan.struck ?? []).includes(id) : scan.marks?.[id] !== undefined;
      if (t === 'judge') {
        if (said !== 'uncertain' || listedConfident) {
          judgedRead++;
          const what = said !== 'uncertain' ? `máy đọc chắc chắn "${SAID[said]}"` : `máy vừa ghi vào ${truth.format === 'A' ? 'struck' : 'marks'} vừa xếp "chưa chắc"`;
          findings.push({ kind: 'can-nguoi-bi-doc', image: where, candidate: id, detail: `${id} (${image.kind}): người phải xét, ${what}` });
        }
      } else if (said !== 'uncertain' && said !== t) {
        wrong++;
        findings.push({ kind: 'sai-chac-chan', image: where, candidate: id, detail: `${id}: cử tri "${TRUE[t]}", máy đọc chắc chắn "${SAID[said]}"` });
      }
    }
  }
  if (scan.status === 'read' && needsPerson) {
    findings.push({ kind: 'phieu-can-nguoi-thanh-doc', image: where, detail: `phiếu "${image.kind}" cần người xem mà máy cho là đọc được` });
  } else if (scan.status === 'read' && !truth.cleanValid) {
    findings.push({ kind: 'phieu-khong-hop-le-thanh-doc', image: where, detail: `phiếu ${image.kind === 'trang' ? 'để trắng' : 'đánh dấu rõ'} nhưng không hợp lệ theo R3, mà máy cho là đọc được` });
  }
  return { image, scan, findings, wrong, judgedRead };
}

/** Pairs each image with its entry in the scan output (by file name) and judges it. */
export function judgeAll(images: readonly ImageRecord[], output: ScanOutput): Judged[] {
  const byName = new Map(output.ballots.map((b) => [basename(b.image), b]));
  return images.map((image) => judgeImage(image, byName.get(image.file)));
}
