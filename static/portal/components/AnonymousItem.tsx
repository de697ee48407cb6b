import Button from '@atlaskit/button/new';
import { Box, Stack, Text } from '@atlaskit/primitives/compiled';
import { useId, useState } from 'react';
import type { PortalComplaint, PortalView } from '../../../src/contracts/resolver-contracts';
import { useT } from '../../shared/i18n/i18n-context';
import { ComplaintView } from './ComplaintView';

interface AnonymousItemProps {
  readonly complaint: PortalComplaint;
  readonly timeZone: string | undefined;
  readonly onView: (view: PortalView) => void;
}

/** One of the customer's anonymous complaints: its key, words and stage, opening into the request page's view. */
export const AnonymousItem = ({ complaint, timeZone, onView }: AnonymousItemProps) => {
  const t = useT();
  const detailsId = useId();
  const [expanded, setExpanded] = useState(false);
  return (
    <Stack space="space.100">
      <Box>
        <Button
          appearance="subtle"
          aria-expanded={expanded}
          aria-controls={expanded ? detailsId : undefined}
          onClick={() => {
            setExpanded((current) => !current);
          }}
        >
          {`${complaint.issueKey}: ${complaint.summary}`}
        </Button>
      </Box>
      <Text size="small" color="color.text.subtle">
        {t(`portal.stageName.${complaint.stage}`)}
      </Text>
      {expanded && (
        <div id={detailsId}>
          <ComplaintView complaint={complaint} level={3} timeZone={timeZone} issueKey={complaint.issueKey} onView={onView} />
        </div>
      )}
    </Stack>
  );
};
