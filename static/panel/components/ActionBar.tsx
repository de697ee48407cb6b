import { Box, Text } from '@atlaskit/primitives/compiled';
import { useId, useState } from 'react';
import { useActionFocus } from '../../shared/use-action-focus';
import type { PanelAction, PanelView } from '../../../src/contracts/panel-view';
import { useLanguage, useT } from '../../shared/i18n/i18n-context';
import { formatClock } from '../../shared/format-time';
import { ActionForm } from './ActionForm';
import { ActionButtons } from '../../shared/components/ActionButtons';
import { TitledSection } from '../../shared/components/TitledSection';

interface ActionBarProps {
  readonly view: PanelView;
  readonly timeZone: string | undefined;
  /** Called after an action succeeded, to read the complaint again. */
  readonly onChanged: () => void;
}

/**
 * The buttons of the actions this user may take now, and the one form that is open. An action
 * not offered has no button at all. Focus goes into a form as it opens, back to its button as it
 * closes, and to the success message when the action is done (its button may be gone by then).
 */
export const ActionBar = ({ view, timeZone, onChanged }: ActionBarProps) => {
  const t = useT();
  const { language } = useLanguage();
  const formId = useId();
  const [open, setOpen] = useState<PanelAction | null>(null);
  const [done, setDone] = useState<{ readonly action: PanelAction; readonly created: string | null } | null>(null);

  const { buttons, doneMessage, setFocusBack } = useActionFocus<PanelAction>(done);

  const nudgedToday = view.forms.nudgedToday;
  const offered = view.actions.filter((action) => !(action === 'nudge' && nudgedToday !== null));
  if (offered.length === 0 && nudgedToday === null && done === null) return null;

  const toggle = (action: PanelAction) => {
    setDone(null);
    setFocusBack(null);
    setOpen((current) => (current === action ? null : action));
  };

  return (
    <TitledSection title={t('panel.actions.heading')}>
      {offered.length > 0 && (
        <ActionButtons actions={offered} open={open} formId={formId} buttons={buttons} labelOf={(action) => t(`panel.action.${action}`)} onToggle={toggle} />
      )}
      {nudgedToday !== null && <Text as="p">{t('panel.nudge.today', { time: formatClock(language, nudgedToday, timeZone) })}</Text>}
      {done !== null && (
        <Box ref={doneMessage} role="status" tabIndex={-1}>
          <Text as="p" color="color.text.success">
            {done.created === null ? t('panel.done', { action: t(`panel.action.${done.action}`) }) : t('panel.created', { key: done.created })}
          </Text>
        </Box>
      )}
      {open !== null && (
        <ActionForm
          key={open}
          id={formId}
          action={open}
          view={view}
          onCancel={() => {
            setOpen(null);
            setFocusBack(open);
          }}
          onDone={(created) => {
            setOpen(null);
            setDone({ action: open, created });
            onChanged();
          }}
        />
      )}
    </TitledSection>
  );
};
