import { Text } from '@atlaskit/primitives/compiled';
import type { PanelView } from '../../../src/contracts/panel-view';
import { useT } from '../../shared/i18n/i18n-context';
import { TitledSection } from '../../shared/components/TitledSection';
import { TrailItem } from './TrailItem';

/** The complaint's history in plain words, newest first, as everyone who may browse it sees it. */
export const TrailList = ({ view, timeZone }: { view: PanelView; timeZone: string | undefined }) => {
  const t = useT();
  // The trail comes oldest first, by time and then by the order written: reversed, ties keep their order too.
  const entries = [...view.trail].reverse();
  return (
    <TitledSection title={t('trail.heading')}>
      {entries.length === 0 ? (
        <Text as="p">{t('trail.empty')}</Text>
      ) : (
        <ol style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }}>
          {entries.map((entry, index) => (
            <TrailItem key={`${String(entry.at)}-${entry.kind}-${String(index)}`} entry={entry} names={view.names} timeZone={timeZone} />
          ))}
        </ol>
      )}
    </TitledSection>
  );
};
