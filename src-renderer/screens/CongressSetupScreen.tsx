import { useApp } from '../state/app-store';
import { ChairPinForm } from './congress-setup/ChairPinForm';
import { CongressForm } from './congress-setup/CongressForm';
import { TeamsCard } from './congress-setup/TeamsCard';

export function CongressSetupScreen() {
  const congress = useApp((s) => s.congress);
  if (!congress) return null;
  return (
    <div className="screen setup">
      <h1>{congress.kind === 'committee' ? 'Thiết lập hội nghị' : 'Thiết lập đại hội'}</h1>
      <div className="columns">
        <CongressForm congress={congress} />
        <div>
          <TeamsCard congress={congress} />
          <ChairPinForm congress={congress} />
        </div>
      </div>
    </div>
  );
}
