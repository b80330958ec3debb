import { ballotNumbers } from '../../../shared/format/ballot-numbers';
import type { ElectionResult, ElectionView } from '../../api/types';
import type { EnteredBallot } from './entry-saves';
import { verdictText } from '../../../shared/entry/verdict';
import { paperRows, WITHDRAWN_AFTER_PRINTING } from '../../../shared/minutes/paper-rows';

/** Ballots entered so far, for the team and the whole election. */
export function Counters({ result, election, teamName }: { result: ElectionResult | null; election: ElectionView; teamName: string | null }) {
  if (!result) return null;
  const team = teamName === null ? null : result.teams.find((t) => t.team === teamName);
  return (
    <section className="counters" aria-label="Số phiếu đã nhập" data-testid="counters">
      {teamName !== null && (
        <div>
          <h3>{teamName}</h3>
          <p>
            Đã nhập <strong data-testid="team-entered">{team?.entered ?? 0}</strong> · hợp lệ {team?.valid ?? 0} · không hợp lệ {team?.invalid ?? 0}
          </p>
        </div>
      )}
      <div>
        <h3>Toàn cuộc bầu</h3>
        <p>
          Đã nhập <strong data-testid="election-entered">{result.ballots.counted}</strong>
          {election.ballotsReturned !== null ? ` / ${election.ballotsReturned} phiếu thu vào` : ' phiếu'} · hợp lệ <strong data-testid="election-valid">{result.ballots.valid}</strong> · không hợp lệ <strong data-testid="election-invalid">{result.ballots.invalid}</strong>
        </p>
      </div>
    </section>
  );
}

/** The live results beside the entry field, with the majority line. */
export function LiveResults({ result }: { result: ElectionResult | null }) {
  if (!result) return null;
  return (
    <section className="live-results" aria-label="Kết quả tạm thời">
      <h3>
        Kết quả tạm thời <span className="muted">(cần {result.votesNeeded} phiếu)</span>
      </h3>
      <table>
        <tbody>
          {paperRows(result).map(({ number, id, name, result: c }) =>
            c === null ? (
              <tr key={id} className="withdrawn" aria-label={`${number}. ${name}: ${WITHDRAWN_AFTER_PRINTING}`}>
                <td className="num">{number}</td>
                <td>{name}</td>
                <td className="num">—</td>
                <td className="muted">đã rút</td>
              </tr>
            ) : (
              <tr key={id} className={`status-${c.status}`}>
                <td className="num">{number}</td>
                <td>{c.name}</td>
                <td className="num" data-testid={`votes-${c.id}`}>
                  {c.votes}
                </td>
                <td className="bar-cell">
                  <span className="bar" style={{ width: `${Math.min(100, (c.votes / Math.max(1, result.base)) * 100)}%` }} />
                  <span className="majority-line" style={{ left: `${(result.votesNeeded / Math.max(1, result.base)) * 100}%` }} />
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </section>
  );
}

/** The ballots of this session, newest first: each one's numbers, verdict and what it says; an undone one as undone. */
export function RecentBallots({ entered }: { entered: readonly EnteredBallot[] }) {
  if (entered.length === 0) return null;
  return (
    <section aria-label="Phiếu vừa nhập">
      <h3>Phiếu vừa nhập</h3>
      <ul className="recent">
        {entered.slice(0, 8).map((b) => (
          <li key={b.ballotId} className={b.state !== 'counts' ? 'undone' : b.verdict.valid ? '' : 'invalid'}>
            <strong>Số {ballotNumbers(b)}</strong>: {b.state === 'undone' ? 'đã hoàn tác' : b.state === 'voided' ? 'đã hủy' : verdictText(b.verdict)}
            {b.words && <span className={b.state !== 'counts' ? 'muted struck-words' : 'muted'}> · {b.words}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
