import { useEffect } from 'react';
import { assemblyName } from '../shared/minutes/wording';
import { electionLabel } from './components/election-label';
import { EntryElectionSwitch } from './components/EntryElectionSwitch';
import { Toasts } from './components/Toasts';
import { useApp, type Screen } from './state/app-store';
import { AuditScreen } from './screens/AuditScreen';
import { BallotEntryScreen } from './screens/BallotEntryScreen';
import { CongressSetupScreen } from './screens/CongressSetupScreen';
import { DoubleEntryScreen } from './screens/DoubleEntryScreen';
import { ElectionsScreen } from './screens/ElectionsScreen';
import { HomeScreen } from './screens/HomeScreen';
import { ResultsScreen } from './screens/ResultsScreen';
import { ScanScreen } from './screens/ScanScreen';
import { TeamsScreen } from './screens/TeamsScreen';
import { TeamTotalsScreen } from './screens/TeamTotalsScreen';

const NAVIGATION: { screen: Screen; label: string; key: string }[] = [
  { screen: 'setup', label: 'Đại hội', key: '1' },
  { screen: 'elections', label: 'Cuộc bầu', key: '2' },
  { screen: 'entry', label: 'Nhập phiếu', key: '3' },
  { screen: 'totals', label: 'Tổng hợp tổ', key: '4' },
  { screen: 'results', label: 'Kết quả', key: '5' },
  { screen: 'audit', label: 'Nhật ký', key: '6' },
  { screen: 'teams', label: 'Tổ & gộp', key: '7' },
  { screen: 'double', label: 'Đối chứng', key: '8' },
  { screen: 'scan', label: 'Quét phiếu', key: '9' },
];

function ElectionPicker() {
  const congress = useApp((s) => s.congress);
  const electionId = useApp((s) => s.electionId);
  const selectElection = useApp((s) => s.selectElection);
  if (!congress || congress.elections.length === 0) return null;
  const label = electionLabel;
  const selected = congress.elections.find((e) => e.id === electionId);
  return (
    <label className="election-picker">
      <span>Cuộc bầu</span>
      <select value={electionId ?? ''} onChange={(e) => selectElection(Number(e.target.value))} aria-label="Chọn cuộc bầu" title={selected ? label(selected) : undefined}>
        {congress.elections.map((e) => (
          <option key={e.id} value={e.id}>
            {label(e)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function App() {
  const { screen, workspace, congress, load, go } = useApp();

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || !congress) return;
      const item = NAVIGATION.find((n) => n.key === e.key);
      if (item) {
        e.preventDefault();
        go(item.screen);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [congress, go]);

  if (workspace === null) return <div className="loading">Đang mở…</div>;
  const fileOpen = congress !== null;

  return (
    <div className="app">
      <header className="topbar">
        <button type="button" className="brand" onClick={() => go('home')} title="Hồ sơ đại hội: mở, tạo mới, lưu bản sao">
          Kiểm phiếu
        </button>
        {fileOpen && (
          <>
            <div className="congress-name" title={workspace.path ?? ''}>
              {congress.kind === 'committee' ? assemblyName(congress) : congress.name}
            </div>
            <nav aria-label="Màn hình">
              {NAVIGATION.map((n) => (
                <button key={n.screen} type="button" className={screen === n.screen ? 'active' : ''} aria-current={screen === n.screen ? 'page' : undefined} onClick={() => go(n.screen)} title={`Alt+${n.key}`}>
                  {n.screen === 'setup' && congress.kind === 'committee' ? 'Hội nghị' : n.label} <kbd>Alt+{n.key}</kbd>
                </button>
              ))}
            </nav>
            {screen === 'entry' && <EntryElectionSwitch />}
            {(screen === 'totals' || screen === 'results' || screen === 'audit' || screen === 'teams' || screen === 'double' || screen === 'scan') && <ElectionPicker />}
          </>
        )}
      </header>
      <main>
        {!fileOpen || screen === 'home' ? <HomeScreen /> : null}
        {fileOpen && screen === 'setup' && <CongressSetupScreen />}
        {fileOpen && screen === 'elections' && <ElectionsScreen />}
        {fileOpen && screen === 'entry' && <BallotEntryScreen />}
        {fileOpen && screen === 'totals' && <TeamTotalsScreen />}
        {fileOpen && screen === 'results' && <ResultsScreen />}
        {fileOpen && screen === 'audit' && <AuditScreen />}
        {fileOpen && screen === 'teams' && <TeamsScreen />}
        {fileOpen && screen === 'double' && <DoubleEntryScreen />}
        {fileOpen && screen === 'scan' && <ScanScreen />}
      </main>
      <Toasts />
    </div>
  );
}
