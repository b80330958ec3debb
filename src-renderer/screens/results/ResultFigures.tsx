import { Fragment } from 'react';
import { figureLineText, figureValueText, resultFigures } from '../../../shared/minutes/figures';
import type { ElectionResult } from '../../api/types';

/** Test ids of the figures end-to-end tests read. */
const TEST_IDS: Partial<Record<string, string>> = { valid: 'results-valid', invalid: 'results-invalid' };

/** The figures of the count, in the minutes' words: seats, base, votes needed, ballots issued, returned, valid and invalid (and why). */
export function ResultFigures({ result }: { result: ElectionResult }) {
  const figures = resultFigures(result);
  const reasons = figures.filter((f) => f.level === 2);
  return (
    <section className="card" aria-label="Số liệu">
      <h2>Số liệu</h2>
      <dl className="figures">
        {figures
          .filter((f) => f.level === 1)
          .map((f) => (
            <Fragment key={f.key}>
              <dt>{f.label}</dt>
              <dd data-testid={TEST_IDS[f.key]}>{figureValueText(f)}</dd>
            </Fragment>
          ))}
      </dl>
      {reasons.length > 0 && (
        <ul>
          {reasons.map((f) => (
            <li key={f.key}>{figureLineText(f)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
