import Button from '@atlaskit/button/new';
import { Box, Inline, Text } from '@atlaskit/primitives/compiled';
import { useEffect, useRef, useState } from 'react';
import type { PanelSuggestion } from '../../../src/contracts/panel-view';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { TitledSection } from '../../shared/components/TitledSection';
import { useT } from '../../shared/i18n/i18n-context';
import { useSurfaceHost } from '../../shared/shell/surface-host';
import { useSubmit } from '../../shared/use-submit';
import { SuggestionDetails } from './SuggestionDetails';

interface SuggestionSectionProps {
  /** `view.suggestion`: absent for anyone but an advocate, and once the complaint has left triage. */
  readonly suggestion: PanelSuggestion | null | undefined;
  /** Called after the complaint changed, to read it again. */
  readonly onChanged: () => void;
}

/**
 * The triage suggestion for an advocate, with its one-click Accept. It stays mounted while the
 * view reloads, so the outcome of Accept is still said after the reloaded view drops the
 * suggestion (the complaint is routed, no longer in triage).
 */
export const SuggestionSection = ({ suggestion, onChanged }: SuggestionSectionProps) => {
  const t = useT();
  const host = useSurfaceHost();
  const submission = useSubmit();
  const [accepted, setAccepted] = useState<string | null>(null);
  const doneMessage = useRef<HTMLDivElement>(null);

  // The Accept button is gone once it worked: focus goes to the sentence that says so.
  useEffect(() => {
    if (accepted !== null) doneMessage.current?.focus();
  }, [accepted]);

  // A conflict means the view is stale: read it again, so the advocate decides on what is true now.
  const conflict = submission.error?.code === 'CONFLICT';
  useEffect(() => {
    if (conflict) onChanged();
  }, [conflict, onChanged]);

  if (suggestion === undefined && accepted === null && submission.error === null) return null;

  const accept = async (chosen: PanelSuggestion) => {
    const done = await submission.run(async () => {
      await host.call('complaint/accept-suggestion', { departmentId: chosen.departmentId });
    });
    if (!done) return;
    setAccepted(chosen.departmentName);
    onChanged();
  };

  return (
    <TitledSection title={t('panel.suggestion.heading')}>
      {accepted !== null && (
        <Box ref={doneMessage} role="status" tabIndex={-1}>
          <Text as="p" color="color.text.success">
            {t('panel.suggestion.accepted', { name: accepted })}
          </Text>
        </Box>
      )}
      {submission.error !== null && <ErrorMessage error={submission.error} explanation={conflict ? t('panel.suggestion.changed') : undefined} />}
      {accepted === null && suggestion === null && <Text as="p">{t('panel.suggestion.none')}</Text>}
      {accepted === null && suggestion !== null && suggestion !== undefined && (
        <>
          <SuggestionDetails suggestion={suggestion} />
          <Inline>
            <Button appearance="primary" isLoading={submission.working} onClick={() => void accept(suggestion)}>
              {t('panel.suggestion.accept', { name: suggestion.departmentName })}
            </Button>
          </Inline>
          <Text as="p" size="small" color="color.text.subtle">
            {t('panel.suggestion.override')}
          </Text>
        </>
      )}
    </TitledSection>
  );
};
