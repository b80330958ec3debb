import { useState } from 'react';
import type { CongressView } from '../../api/types';
import { TextField } from '../../components/Field';
import { useApp } from '../../state/app-store';

/** The congress's counting teams: added and renamed here. */
export function TeamsCard({ congress }: { congress: CongressView }) {
  const run = useApp((s) => s.run);
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<{ id: number; name: string } | null>(null);
  return (
    <section className="card" aria-label="Các tổ kiểm phiếu">
      <h2>Các tổ kiểm phiếu</h2>
      <ul className="plain-list">
        {congress.teams.map((t) =>
          renaming?.id === t.id ? (
            <li key={t.id}>
              <form
                className="inline-form"
                onSubmit={async (e) => {
                  e.preventDefault();
                  const result = await run('renameTeam', { teamId: t.id, name: renaming.name });
                  if (result.ok) setRenaming(null);
                }}
                onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)}
              >
                <TextField label="Tên mới" value={renaming.name} onChange={(v) => setRenaming({ id: t.id, name: v })} autoFocus />
                <button type="submit">Lưu tên mới</button>
                <button type="button" onClick={() => setRenaming(null)}>
                  Không đổi tên <kbd>Esc</kbd>
                </button>
              </form>
            </li>
          ) : (
            <li key={t.id}>
              {t.name}{' '}
              <button type="button" className="link" onClick={() => setRenaming({ id: t.id, name: t.name })}>
                đổi tên
              </button>
            </li>
          ),
        )}
      </ul>
      <form
        className="inline-form"
        onSubmit={async (e) => {
          e.preventDefault();
          const result = await run('createTeam', { congressId: congress.id, name }, `Đã thêm ${name}`);
          if (result.ok) setName('');
        }}
      >
        <TextField label="Thêm tổ" value={name} onChange={setName} placeholder={`Tổ ${congress.teams.length + 1}`} />
        <button type="submit" disabled={name.trim() === ''}>
          Thêm
        </button>
      </form>
    </section>
  );
}
