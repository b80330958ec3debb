import { useState } from 'react';
import { chairPin as chairPinSchema } from '../../../shared/api/inputs';
import type { CongressView } from '../../api/types';
import { TextField } from '../../components/Field';
import { useApp } from '../../state/app-store';
import { fieldError } from '../../state/validate';
import { useAssemblyWords } from '../../state/assembly-words';

/** The chair's PIN, needed to lock a result and to unlock it; the current one is asked to change it. */
export function ChairPinForm({ congress }: { congress: CongressView }) {
  const run = useApp((s) => s.run);
  const { chair } = useAssemblyWords();
  const [current, setCurrent] = useState('');
  const [pin, setPin] = useState('');
  const error = pin === '' ? null : fieldError(chairPinSchema, pin);
  return (
    <form
      className="card"
      aria-label={`Mã PIN của ${chair}`}
      onSubmit={async (e) => {
        e.preventDefault();
        if (error) return;
        const result = await run('setChairPin', { congressId: congress.id, pin, ...(congress.hasChairPin ? { currentPin: current } : {}) }, 'Đã đặt mã PIN');
        if (result.ok) {
          setPin('');
          setCurrent('');
        }
      }}
    >
      <h2>Mã PIN của {chair}</h2>
      <p className="muted">
        Cần để chốt kết quả và để mở khóa kết quả đã chốt. {congress.hasChairPin ? 'Đã đặt.' : 'Chưa đặt.'} Nhập sai 5 lần liên tiếp thì phải chờ 30 giây mới được thử lại, mỗi lần sai tiếp thời gian chờ gấp đôi (tối đa 4 giờ).
      </p>
      {congress.hasChairPin && <TextField label="Mã PIN hiện tại" type="password" inputMode="numeric" autoComplete="current-password" value={current} onChange={setCurrent} />}
      <TextField label={congress.hasChairPin ? 'Mã PIN mới' : 'Mã PIN'} type="password" inputMode="numeric" autoComplete="new-password" value={pin} onChange={setPin} error={error} hint="6–12 chữ số, không dùng ngày sinh hay dãy số dễ đoán" />
      <button type="submit" disabled={pin === '' || error !== null}>
        {congress.hasChairPin ? 'Đổi mã PIN' : 'Đặt mã PIN'}
      </button>
    </form>
  );
}
