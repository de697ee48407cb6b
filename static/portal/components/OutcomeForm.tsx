import { useState } from 'react';
import type { PortalView } from '../../../src/contracts/resolver-contracts';
import { ChoiceField } from '../../shared/components/ChoiceField';
import { TextAreaField } from '../../shared/components/TextAreaField';
import { useT } from '../../shared/i18n/i18n-context';
import { useSurfaceHost } from '../../shared/shell/surface-host';
import { checkOutcome, outcomeRequest, PORTAL_MAX_LENGTH, type OutcomeValues } from '../portal-forms';
import { usePortalForm } from '../use-portal-form';
import { PortalForm } from './PortalForm';

interface OutcomeFormProps {
  readonly id: string;
  readonly issueKey: string | undefined;
  readonly level: 3 | 4;
  readonly onDone: (view: PortalView) => void;
  readonly onCancel: () => void;
}

const RATINGS = ['1', '2', '3', '4', '5'] as const;

/** Confirm the outcome: resolved with a rating of 1 to 5, or not resolved in the customer's words. */
export const OutcomeForm = ({ id, issueKey, level, onDone, onCancel }: OutcomeFormProps) => {
  const t = useT();
  const host = useSurfaceHost();
  const [values, setValues] = useState<OutcomeValues>({ resolved: '', satisfaction: '', words: '' });
  const state = usePortalForm(
    () => checkOutcome(values),
    () => host.call('portal/confirm-outcome', outcomeRequest(values, issueKey)),
    onDone,
  );
  return (
    <PortalForm id={id} title={t('portal.action.confirm')} level={level} submitLabel={t('portal.confirm.send')} state={state} onCancel={onCancel}>
      <ChoiceField
        label={t('portal.confirm.resolved')}
        options={[
          { value: 'yes', label: t('portal.confirm.yes') },
          { value: 'no', label: t('portal.confirm.no') },
        ]}
        value={values.resolved}
        error={state.errorOf('resolved')}
        onChange={(resolved) => {
          setValues((current) => ({ ...current, resolved: resolved === 'yes' || resolved === 'no' ? resolved : '' }));
        }}
      />
      {values.resolved === 'yes' && (
        <ChoiceField
          label={t('portal.confirm.satisfaction')}
          options={RATINGS.map((n) => ({ value: n, label: t(`panel.satisfaction.${n}`) }))}
          value={values.satisfaction}
          error={state.errorOf('satisfaction')}
          onChange={(satisfaction) => {
            setValues((current) => ({ ...current, satisfaction }));
          }}
        />
      )}
      {values.resolved === 'no' && (
        <TextAreaField
          label={t('portal.confirm.words')}
          error={state.errorOf('words')}
          name="words"
          required
          maxLength={PORTAL_MAX_LENGTH.words}
          value={values.words}
          onChange={(words) => {
            setValues((current) => ({ ...current, words }));
          }}
        />
      )}
    </PortalForm>
  );
};
