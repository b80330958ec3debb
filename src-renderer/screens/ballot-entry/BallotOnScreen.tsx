import type { ElectionView } from '../../api/types';
import type { EntryMode, ParsedBallot } from '../../../shared/entry/ballot-input';
import { namesOnPaper } from '../paper-list';

/** A name withdrawn after the papers were printed, as the paper on screen marks it (RULES R1). */
function WithdrawnMark() {
  return <span className="badge withdrawn-mark">đã rút, không tính phiếu</span>;
}

/**
 * The ballot as typed so far, drawn as the paper: struck names crossed out, or the boxes marked.
 * The paper as printed (RULES R1): a name withdrawn after printing keeps its place and number,
 * always struck, whatever is typed for it.
 */
export function BallotOnScreen({ election, parsed, mode }: { election: ElectionView; parsed: ParsedBallot; mode: EntryMode }) {
  const listed = namesOnPaper(election);
  if (election.format === 'B') {
    return (
      <ol className="paper paper-b" aria-label="Phiếu trên màn hình">
        {listed.map((c, i) => {
          const mark = parsed.marks[i];
          return (
            <li key={c.id} className={c.withdrawn ? 'withdrawn' : ''} aria-label={`${c.number}. ${c.name}${c.withdrawn ? ' (đã rút, không tính phiếu)' : ''}`}>
              <span className="num">{c.number}.</span>
              <span className="name">{c.name}</span>
              {c.withdrawn && <WithdrawnMark />}
              <span className={`box${mark === 'agree' || mark === 'both' ? ' marked' : ''}`}>Đồng ý</span>
              <span className={`box${mark === 'disagree' || mark === 'both' ? ' marked' : ''}`}>Không đồng ý</span>
            </li>
          );
        })}
      </ol>
    );
  }
  const struck = new Set('struck' in parsed.content ? parsed.content.struck : 'kept' in parsed.content ? listed.map((c) => c.key).filter((k) => !('kept' in parsed.content && parsed.content.kept.includes(k))) : []);
  // A number that may still grow ("1" on 17 names) shows as typed, marked as waiting for a second digit.
  const waiting = (c: (typeof listed)[number]) => parsed.pending !== null && parsed.pending > 0 && c.number === parsed.pending;
  return (
    <ol className="paper paper-a" aria-label="Phiếu trên màn hình">
      {listed.map((c) => {
        const crossed = c.withdrawn || struck.has(c.key);
        return (
          <li key={c.id} className={`${crossed ? 'struck' : ''}${c.withdrawn ? ' withdrawn' : ''}${waiting(c) ? ' pending' : ''}`} aria-label={`${c.number}. ${c.name}${c.withdrawn ? ' (đã rút, không tính phiếu)' : crossed ? ' (bị gạch)' : ''}${waiting(c) ? ' (chờ chữ số thứ hai)' : ''}`}>
            <span className="num">{c.number}.</span> <span className="name">{c.name}</span>
            {c.withdrawn && <WithdrawnMark />}
            {waiting(c) && <span className="waiting"> chờ chữ số thứ hai</span>}
          </li>
        );
      })}
      {mode === 'kept' && <li className="muted">(đang gõ số người được giữ lại)</li>}
    </ol>
  );
}
