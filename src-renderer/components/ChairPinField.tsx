import type { InputHTMLAttributes } from 'react';
import { useAssemblyWords } from '../state/assembly-words';
import { TextField } from './Field';

/** What every dialog that asks the chair's PIN says of wrong tries. */
export const PIN_TRIES_HINT = 'Sai 5 lần liên tiếp thì phải chờ mới được thử lại; mọi lần thử đều được ghi vào nhật ký';

/**
 * The chair's PIN, as every act of the chair asks it (lock, unlock, a next round that locks, a
 * correction of a finished round, a restore): named for the file's kind (chủ tịch đoàn, chủ tọa).
 */
export function ChairPinField({ value, onChange, hint = PIN_TRIES_HINT, ...rest }: { value: string; onChange(value: string): void; hint?: string } & Pick<InputHTMLAttributes<HTMLInputElement>, 'autoFocus'> & { 'data-autofocus'?: boolean }) {
  const { chair } = useAssemblyWords();
  return <TextField label={`Mã PIN của ${chair}`} type="password" inputMode="numeric" autoComplete="off" value={value} onChange={onChange} hint={hint} {...rest} />;
}
