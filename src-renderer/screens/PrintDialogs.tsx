import { useCallback, useState } from 'react';
import type { FinalResultView } from '../../shared/api/views';
import { summaryIsOfficial } from '../../shared/minutes/final';
import { DRAFT_MARK } from '../../shared/minutes/model';
import type { Problem } from '../../shared/rules/problems';
import { ballotPaperBlockers, REHEARSAL_BALLOT_WORDS } from '../../shared/rules/surplus';
import { assemblyWords } from '../../shared/minutes/wording';
import { invoke } from '../api/client';
import { DateTimeField } from '../components/DateTimeField';
import { DocumentDialog } from '../components/DocumentDialog';
import { shownMoment } from '../../shared/format/date';
import type { ElectionView } from '../api/types';
import { useApp } from '../state/app-store';
import { useQuery } from '../state/use-query';

function RehearsalCheckbox({ checked, onChange }: { checked: boolean; onChange(checked: boolean): void }) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} /> Bản in chạy thử
    </label>
  );
}

/** What the printout will be: official only once the result is locked. */
function MinutesKind({ locked, rehearsal }: { locked: boolean; rehearsal: boolean }) {
  if (rehearsal) return <p className="notice" role="note">Bản chạy thử: mọi trang ghi rõ là bản chạy thử, không có giá trị chính thức.</p>;
  if (locked) return <p className="notice" role="note">Bản chính thức: kết quả đã chốt.</p>;
  return (
    <p className="notice" role="note">
      Bản dự thảo: kết quả chưa chốt, mọi trang ghi "{DRAFT_MARK}". Chốt kết quả để in bản chính thức.
    </p>
  );
}

/** Biên bản kiểm phiếu of one election (RULES R9): official for a locked result, a draft before. */
export function MinutesDialog({ electionId, locked, onClose }: { electionId: number; locked: boolean; onClose(): void }) {
  const [rehearsal, setRehearsal] = useState(false);
  const [countsInWords, setCountsInWords] = useState(true);
  // Blank unless given: the committee writes the closing time by hand.
  const [typedClosedAt, setTypedClosedAt] = useState('');
  // The paper is made again only for a moment (or none): not while a time is half typed.
  const [closedAt, setClosedAt] = useState(typedClosedAt);
  const build = useCallback(() => invoke('minutesPdf', { electionId, rehearsal, countsInWords, closedAt: closedAt === '' ? null : closedAt }), [electionId, rehearsal, countsInWords, closedAt]);
  return (
    <DocumentDialog
      title="Biên bản kiểm phiếu"
      build={build}
      onClose={onClose}
      onRehearsal={() => setRehearsal(true)}
      options={
        <>
          <MinutesKind locked={locked} rehearsal={rehearsal} />
          <RehearsalCheckbox checked={rehearsal} onChange={setRehearsal} />
          <label className="check">
            <input type="checkbox" checked={countsInWords} onChange={(e) => setCountsInWords(e.target.checked)} /> Ghi số bằng chữ
          </label>
          <DateTimeField
            label="Biên bản kết thúc lúc"
            value={typedClosedAt}
            onChange={(value, problem) => {
              setTypedClosedAt(value);
              if (problem === null) setClosedAt(value);
            }}
            hint="ngày/tháng/năm và giờ:phút (24 giờ); để trống cả hai ô để ghi tay"
          />
        </>
      }
    />
  );
}

/** What the summary will be: official only once every round that counts is locked (as the paper decides, shared/minutes/final.ts). */
function SummaryKind({ finals, rehearsal }: { finals: readonly FinalResultView[] | null; rehearsal: boolean }) {
  if (rehearsal) return <p className="notice" role="note">Bản chạy thử: mọi trang ghi rõ là bản chạy thử, không có giá trị chính thức.</p>;
  if (finals === null) return null;
  if (summaryIsOfficial(finals)) return <p className="notice" role="note">Bản chính thức: mọi vòng bầu đã chốt kết quả; mỗi trang ghi con dấu số tổng hợp của các lần chốt.</p>;
  const open = finals.reduce((n, f) => n + f.openRounds.length, 0);
  return (
    <p className="notice" role="note">
      Bản dự thảo: {open > 0 ? `còn ${open} vòng bầu chưa chốt kết quả` : 'chưa có cuộc bầu nào'}, mọi trang ghi "{DRAFT_MARK}". Chốt kết quả mọi vòng bầu để in bản chính thức.
    </p>
  );
}

/** Every election of the congress: outcomes and those elected; official once every round is locked. */
export function SummaryDialog({ congressId, onClose }: { congressId: number; onClose(): void }) {
  const [rehearsal, setRehearsal] = useState(false);
  const kind = useApp((s) => s.congress?.kind ?? 'delegates');
  const finals = useQuery('finalResults', { congressId });
  const build = useCallback(() => invoke('summaryPdf', { congressId, rehearsal }), [congressId, rehearsal]);
  return (
    <DocumentDialog
      title={`Tổng hợp kết quả ${assemblyWords(kind).body}`}
      build={build}
      onClose={onClose}
      options={
        <>
          <SummaryKind finals={finals.data ?? null} rehearsal={rehearsal} />
          <RehearsalCheckbox checked={rehearsal} onChange={setRehearsal} />
        </>
      }
    />
  );
}

/** Official ballot papers, or a rehearsal print while the list fails R7 (the server marks each ballot by the same rule). */
function BallotPaperKind({ blockers }: { blockers: readonly Problem[] }) {
  if (blockers.length === 0) return <p className="notice" data-testid="ballot-paper-official">Phiếu bầu chính thức: danh sách đã đạt các quy định về số dư.</p>;
  return (
    <div className="notice" role="note" data-testid="ballot-paper-rehearsal">
      <p>
        <strong>Phiếu in thử, không dùng để bầu:</strong> danh sách chưa đạt quy định nên chưa in được phiếu chính thức; mỗi phiếu ghi "{REHEARSAL_BALLOT_WORDS}". Sửa danh sách rồi in lại.
      </p>
      <ul>
        {blockers.map((p) => (
          <li key={p.code}>{p.message}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * What printing the ballot papers does (RULES R1, "the paper as printed"): the first print is
 * recorded as lần in 1 and freezes the list; printing again gives the same papers.
 */
function PrintingNote({ election }: { election: ElectionView }) {
  const listError = election.listProblems.find((p) => p.severity === 'error');
  const struck = election.candidates.filter((c) => c.withdrawn && c.onPaper).map((c) => c.name);
  if (election.printing !== null) {
    return (
      <p className="notice" data-testid="printing-note">
        Phiếu lần in {election.printing.number}, ghi nhận lúc {shownMoment(election.printing.printedAt)}: danh sách, thứ tự, số thứ tự và số lượng cần bầu giữ nguyên như trên phiếu; in thêm vẫn là cùng một phiếu.
        {struck.length > 0 ? ` Tên đã rút sau khi in (${struck.join(', ')}) vẫn in trên phiếu như các phiếu đã in; khi nhập phiếu, tên này luôn bị gạch và không được tính phiếu.` : ' Người rút tên sau khi in vẫn còn tên trên phiếu, bị gạch khi nhập phiếu và không được tính phiếu.'}
      </p>
    );
  }
  // A list R7 refuses prints as a rehearsal (BallotPaperKind says so): nothing is recorded.
  if (listError) return null;
  if (election.ballotEntries > 0 || election.status !== 'open') {
    return (
      <p className="notice" data-testid="printing-note">
        Phiếu in lại theo danh sách đã dùng để nhập phiếu.
      </p>
    );
  }
  return (
    <p className="notice" data-testid="printing-note">
      Lần in đầu tiên: chương trình ghi nhận việc in phiếu. Từ đây danh sách, thứ tự, số thứ tự và số lượng cần bầu giữ nguyên như trên phiếu; người rút tên sau khi in vẫn còn tên trên phiếu, bị gạch khi nhập phiếu và không được tính phiếu. Muốn phiếu khác phải chọn "In lại phiếu: lần in mới" trước khi nhập phiếu.
    </p>
  );
}

/** The ballot paper (phiếu bầu) of an election, several to an A4 sheet; the first print is recorded (RULES R1). */
export function BallotPaperDialog({ election, onClose }: { election: ElectionView; onClose(): void }) {
  const [perPage, setPerPage] = useState<'auto' | '1' | '2' | '4'>('auto');
  const { station, refresh } = useApp();
  const operator = station.operator.trim();
  const electionId = election.id;
  const build = useCallback(async () => {
    const result = await invoke('ballotPaperPdf', { electionId, ...(perPage === 'auto' ? {} : { perPage: Number(perPage) as 1 | 2 | 4 }), ...(operator ? { operator } : {}) });
    // The first print was recorded: the screens show the list as printed.
    if (result.ok) void refresh();
    return result;
  }, [electionId, perPage, operator, refresh]);
  return (
    <DocumentDialog
      title="Phiếu bầu"
      build={build}
      onClose={onClose}
      options={
        <>
          <BallotPaperKind blockers={ballotPaperBlockers(election.listProblems)} />
          <PrintingNote election={election} />
          <p className="notice" role="note">
            Phiếu bầu để phát ra: chỉ có giá trị khi có dấu của cấp ủy ở ô góc trên bên trái.
          </p>
          <label className="field">
            <span>Số phiếu trên một tờ A4</span>
            <select value={perPage} onChange={(e) => setPerPage(e.target.value as typeof perPage)}>
              <option value="auto">Nhiều nhất có thể</option>
              <option value="1">1</option>
              <option value="2">2</option>
              <option value="4">4</option>
            </select>
          </label>
        </>
      }
    />
  );
}
