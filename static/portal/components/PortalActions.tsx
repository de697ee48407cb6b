import { Box, Text } from '@atlaskit/primitives/compiled';
import { useId, useState } from 'react';
import { useActionFocus } from '../../shared/use-action-focus';
import type { PortalComplaint, PortalView } from '../../../src/contracts/resolver-contracts';
import { ActionButtons } from '../../shared/components/ActionButtons';
import { TitledSection } from '../../shared/components/TitledSection';
import { useT } from '../../shared/i18n/i18n-context';
import { offeredActions, type PortalAction } from '../portal-words';
import { EscalateForm } from './EscalateForm';
import { OutcomeForm } from './OutcomeForm';

interface PortalActionsProps {
  readonly complaint: PortalComplaint;
  readonly level: 2 | 3;
  readonly issueKey: string | undefined;
  readonly onView: (view: PortalView) => void;
}

/**
 * The customer's buttons, only those the backend offers now, and the one form that is open. When
 * an action is done its button may be gone, so focus goes to the message that says it is done.
 */
export const PortalActions = ({ complaint, level, issueKey, onView }: PortalActionsProps) => {
  const t = useT();
  const formId = useId();
  const [open, setOpen] = useState<PortalAction | null>(null);
  const [done, setDone] = useState<PortalAction | null>(null);
  const { buttons, doneMessage, setFocusBack } = useActionFocus<PortalAction>(done);

  const offered = offeredActions(complaint);
  if (offered.length === 0 && done === null) return null;

  const toggle = (action: PortalAction) => {
    setDone(null);
    setFocusBack(null);
    setOpen((current) => (current === action ? null : action));
  };
  const close = () => {
    setOpen(null);
    setFocusBack(open);
  };
  const finish = (action: PortalAction) => (view: PortalView) => {
    setOpen(null);
    setDone(action);
    onView(view);
  };
  const formLevel = level === 2 ? 3 : 4;

  return (
    <TitledSection title={t('portal.actions.heading')} level={level}>
      {offered.length > 0 && (
        <ActionButtons actions={offered} open={open} formId={formId} buttons={buttons} labelOf={(action) => t(`portal.action.${action}`)} onToggle={toggle} />
      )}
      {done !== null && (
        <Box ref={doneMessage} role="status" tabIndex={-1}>
          <Text as="p" color="color.text.success">
            {t(`portal.done.${done}`)}
          </Text>
        </Box>
      )}
      {open === 'escalate' && (
        <EscalateForm id={formId} grounds={complaint.escalation.grounds} issueKey={issueKey} level={formLevel} onDone={finish('escalate')} onCancel={close} />
      )}
      {open === 'confirm' && <OutcomeForm id={formId} issueKey={issueKey} level={formLevel} onDone={finish('confirm')} onCancel={close} />}
    </TitledSection>
  );
};
