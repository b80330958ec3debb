import { electedLine, electedTitle, nobodyElectedSentence } from '../../../shared/minutes/figures';
import { electionSubject } from '../../../shared/minutes/wording';
import type { ElectionResult } from '../../api/types';
import { nameOf, votesOf } from './candidate-lookup';

/** Those elected, from the most votes down, or the sentence that nobody was. */
export function ElectedList({ result }: { result: ElectionResult }) {
  const subject = electionSubject(result);
  if (result.elected.length === 0) {
    return (
      <section className="card" aria-label="Những người trúng cử">
        <p>
          <strong>{nobodyElectedSentence(subject)}</strong>
        </p>
      </section>
    );
  }
  return (
    <section className="card" aria-label="Những người trúng cử">
      <h2>{electedTitle(subject, result.elected.length)}</h2>
      <ol>
        {result.elected.map((id) => (
          <li key={id}>{electedLine(nameOf(result, id), votesOf(result, id))}</li>
        ))}
      </ol>
    </section>
  );
}
