import { useState } from 'react';
import type { EscalationGround, PortalView } from '../../../src/contracts/resolver-contracts';
import { ChoiceField } from '../../shared/components/ChoiceField';
import { TextAreaField } from '../../shared/components/TextAreaField';
import { useT } from '../../shared/i18n/i18n-context';
import { useSurfaceHost } from '../../shared/shell/surface-host';
import { checkEscalation, escalateRequest, PORTAL_MAX_LENGTH, type EscalateValues } from '../portal-forms';
import { usePortalForm } from '../use-portal-form';
import { PortalForm } from './PortalForm';

interface EscalateFormProps {
  readonly id: string;
  readonly grounds: readonly EscalationGround[];
  readonly issueKey: string | undefined;
  readonly level: 3 | 4;
  readonly onDone: (view: PortalView) => void;
  readonly onCancel: () => void;
}

/** Escalate: on which of the offered grounds, and why in the customer's words. */
export const EscalateForm = ({ id, grounds, issueKey, level, onDone, onCancel }: EscalateFormProps) => {
  const t = useT();
  const host = useSurfaceHost();
  // One offered ground needs no choosing; two must be chosen explicitly.
  const [values, setValues] = useState<EscalateValues>({ ground: grounds.length === 1 ? (grounds[0] ?? '') : '', reason: '' });
  const state = usePortalForm(
    () => checkEscalation(values, grounds),
    () => host.call('portal/escalate', escalateRequest(values, issueKey)),
    onDone,
  );
  const options = grounds.map((ground) => ({ value: ground, label: t(`portal.escalate.ground.${ground}`) }));
  return (
    <PortalForm id={id} title={t('portal.action.escalate')} level={level} submitLabel={t('portal.action.escalate')} state={state} onCancel={onCancel}>
      <ChoiceField
        label={t('portal.escalate.ground')}
        options={options}
        value={values.ground}
        error={state.errorOf('ground')}
        onChange={(ground) => {
          setValues((current) => ({ ...current, ground: grounds.find((g) => g === ground) ?? '' }));
        }}
      />
      <TextAreaField
        label={t('portal.escalate.reason')}
        hint={t('portal.escalate.hint')}
        error={state.errorOf('reason')}
        name="reason"
        required
        maxLength={PORTAL_MAX_LENGTH.reason}
        value={values.reason}
        onChange={(reason) => {
          setValues((current) => ({ ...current, reason }));
        }}
      />
    </PortalForm>
  );
};
