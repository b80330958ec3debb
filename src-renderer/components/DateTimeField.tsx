import { useEffect, useId, useRef, useState } from 'react';
import { DATE_EXAMPLE, isoLocalDateTime, numericDate, numericTime, parseLocalDateTime, readTypedDate, readTypedTime, TIME_EXAMPLE, type LocalDateTime } from '../../shared/format/date';
import { DATE_PLACEHOLDER } from './DateField';

type Time = Pick<LocalDateTime, 'hour' | 'minute'>;

export const DATE_TIME_HINT = `ngày/tháng/năm và giờ:phút (24 giờ), ví dụ ${DATE_EXAMPLE} ${TIME_EXAMPLE}`;

function shownParts(value: string): { date: string; time: string } {
  const moment = parseLocalDateTime(value);
  return moment ? { date: numericDate(moment), time: numericTime(moment) } : { date: '', time: '' };
}

/** The moment typed in the two boxes, or why it is not one; a day without a time takes `emptyTime` when given. */
function readMoment(date: string, time: string, emptyTime: Time | undefined): { value: string; problem: string | null } {
  if (date.trim() === '' && time.trim() === '') return { value: '', problem: null };
  const typed = `${date} ${time}`.trim();
  if (date.trim() === '') return { value: typed, problem: 'ghi cả ngày' };
  const day = readTypedDate(date);
  if (!day.value) return { value: typed, problem: day.error };
  const clock = time.trim() === '' && emptyTime ? { value: emptyTime } : time.trim() === '' ? { error: `ghi cả giờ, ví dụ ${TIME_EXAMPLE}` } : readTypedTime(time);
  if (!clock.value) return { value: typed, problem: clock.error ?? null };
  return { value: isoLocalDateTime({ ...day.value, ...clock.value }), problem: null };
}

/**
 * A wall-clock moment typed as a day (dd/mm/yyyy) and a 24-hour time (HH:mm), whatever the
 * browser's language. The parent gets "2025-06-20T14:30" when both are right, '' when both boxes
 * are empty, and otherwise the text as typed with the reason in Vietnamese (shown once the boxes
 * are left).
 */
export function DateTimeField({ label, value, onChange, hint = DATE_TIME_HINT, emptyTime }: { label: string; value: string; onChange(value: string, problem: string | null): void; hint?: string; emptyTime?: Time }) {
  const id = useId();
  const [parts, setParts] = useState(() => shownParts(value));
  const [left, setLeft] = useState(true);
  const given = useRef(value);
  useEffect(() => {
    if (value !== given.current) {
      given.current = value;
      setParts(shownParts(value));
    }
  }, [value]);
  const { problem } = readMoment(parts.date, parts.time, emptyTime);
  const shownProblem = left ? problem : null;

  const change = (next: { date: string; time: string }) => {
    setParts(next);
    const read = readMoment(next.date, next.time, emptyTime);
    given.current = read.value;
    onChange(read.value, read.problem);
  };
  const tidy = () => {
    const day = readTypedDate(parts.date);
    const clock = readTypedTime(parts.time);
    setParts({ date: day.value ? numericDate(day.value) : parts.date, time: clock.value ? numericTime(clock.value) : parts.time });
  };
  const described = { 'aria-describedby': `${id}-message`, 'aria-invalid': Boolean(shownProblem) };

  return (
    <div
      className={`field${shownProblem ? ' field-error' : ''}`}
      role="group"
      aria-labelledby={`${id}-label`}
      onFocus={() => setLeft(false)}
      onBlur={(e) => {
        if (e.currentTarget.contains(e.relatedTarget as Node | null)) return;
        setLeft(true);
        tidy();
      }}
    >
      <label id={`${id}-label`} htmlFor={`${id}-date`}>
        {label}
      </label>
      <div className="date-time">
        <input {...described} id={`${id}-date`} aria-label="Ngày" type="text" className="date-input" value={parts.date} inputMode="numeric" placeholder={DATE_PLACEHOLDER} autoComplete="off" onChange={(e) => change({ ...parts, date: e.target.value })} />
        <input {...described} aria-label="Giờ" type="text" className="time-input" value={parts.time} inputMode="numeric" placeholder="gg:pp" autoComplete="off" onChange={(e) => change({ ...parts, time: e.target.value })} />
      </div>
      <div id={`${id}-message`} className="field-message" role={shownProblem ? 'alert' : undefined}>
        {shownProblem ?? hint}
      </div>
    </div>
  );
}
