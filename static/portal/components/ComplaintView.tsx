import { Stack, Text } from '@atlaskit/primitives/compiled';
import type { PortalComplaint, PortalView } from '../../../src/contracts/resolver-contracts';
import { TitledSection } from '../../shared/components/TitledSection';
import { useLanguage, useT } from '../../shared/i18n/i18n-context';
import { standingOf } from '../portal-words';
import { PortalActions } from './PortalActions';

interface ComplaintViewProps {
  readonly complaint: PortalComplaint;
  /** The level of its parts' headings: 2 on a request's page, 3 inside the profile's list. */
  readonly level: 2 | 3;
  readonly timeZone: string | undefined;
  /** Given on the profile panel, where the Forge context names no request. */
  readonly issueKey?: string;
  /** The view an action answered with. */
  readonly onView: (view: PortalView) => void;
}

/** Where a complaint stands, in plain words, and what the customer may do about it. */
export const ComplaintView = ({ complaint, level, timeZone, issueKey, onView }: ComplaintViewProps) => {
  const t = useT();
  const { language } = useLanguage();
  const standing = standingOf(complaint, t, language, timeZone);
  const notes = [standing.regulatory, standing.anonymous, standing.escalated, standing.confirmed].filter((note) => note !== null);
  return (
    <Stack space="space.200">
      <TitledSection title={t('portal.standing.heading')} level={level}>
        <Text as="p">{standing.stage}</Text>
        {standing.next !== null && (
          <Text as="p">
            {`${standing.next.step} `}
            <Text weight={standing.next.overdue ? 'bold' : 'regular'} color={standing.next.overdue ? 'color.text.danger' : 'color.text'}>
              {standing.next.when}
            </Text>
          </Text>
        )}
        {notes.map((note) => (
          <Text key={note} as="p">
            {note}
          </Text>
        ))}
        {complaint.sharedMeasures !== null && (
          <Stack space="space.050">
            <Text as="p" weight="medium">
              {t('portal.measures')}
            </Text>
            <Text as="p">{complaint.sharedMeasures}</Text>
          </Stack>
        )}
      </TitledSection>
      <PortalActions complaint={complaint} level={level} issueKey={issueKey} onView={onView} />
    </Stack>
  );
};
