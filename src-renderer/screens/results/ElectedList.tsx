import { ELECTED_IN_VOTE_ORDER } from '../../../shared/minutes/outcome';
import type { ElectionResult } from '../../api/types';
import { nameOf, votesOf } from './candidate-lookup';

/** Those elected, from the most votes down. */
export function ElectedList({ result }: { result: ElectionResult }) {
  if (result.elected.length === 0) return null;
  return (
    <section className="card" aria-label="Những người trúng cử">
      <h2>{ELECTED_IN_VOTE_ORDER}</h2>
      <ol>
        {result.elected.map((id) => (
          <li key={id}>
            {nameOf(result, id)}: {votesOf(result, id)} phiếu
          </li>
        ))}
      </ol>
    </section>
  );
}
