import { Stack, Text } from '@atlaskit/primitives/compiled';
import { useState } from 'react';
import { ContactFields } from '../../shared/components/ContactFields';
import { fieldStyle } from '../../shared/components/field-style';
import { FormField } from '../../shared/components/FormField';
import { TextAreaField } from '../../shared/components/TextAreaField';
import { TextField } from '../../shared/components/TextField';
import { contactValuesOf } from '../../shared/contact-form';
import { useT } from '../../shared/i18n/i18n-context';
import { useSurfaceHost } from '../../shared/shell/surface-host';
import { checkRaise, PORTAL_MAX_LENGTH, raiseRequest, type RaiseValues } from '../portal-forms';
import { usePortalForm } from '../use-portal-form';
import { PortalForm } from './PortalForm';

interface RaiseFormProps {
  readonly id: string;
  readonly departments: readonly { readonly id: string; readonly name: string }[];
  /** Called with the key of the complaint the app raised. */
  readonly onRaised: (issueKey: string) => void;
  readonly onCancel: () => void;
}

/** Raise a complaint anonymously: what it is about, whom, and how the advocates may reach the customer. */
export const RaiseForm = ({ id, departments, onRaised, onCancel }: RaiseFormProps) => {
  const t = useT();
  const host = useSurfaceHost();
  const [values, setValues] = useState<RaiseValues>({ summary: '', description: '', departmentId: '', contact: contactValuesOf(null) });
  const state = usePortalForm(
    () => checkRaise(values),
    async () => (await host.call('portal/raise-anonymous', raiseRequest(values))).issueKey,
    onRaised,
  );
  const set = (patch: Partial<RaiseValues>) => {
    setValues((current) => ({ ...current, ...patch }));
  };
  return (
    <PortalForm id={id} title={t('portal.raise.formHeading')} level={3} submitLabel={t('portal.raise.send')} state={state} onCancel={onCancel}>
      <TextField
        label={t('portal.raise.summary')}
        name="summary"
        required
        maxLength={PORTAL_MAX_LENGTH.summary}
        value={values.summary}
        error={state.errorOf('summary')}
        onChange={(summary) => {
          set({ summary });
        }}
      />
      <TextAreaField
        label={t('portal.raise.description')}
        name="description"
        required
        maxLength={PORTAL_MAX_LENGTH.description}
        value={values.description}
        error={state.errorOf('description')}
        onChange={(description) => {
          set({ description });
        }}
      />
      <FormField label={t('portal.raise.department')} error={state.errorOf('departmentId')}>
        {(ids) => (
          <select
            id={ids.id}
            name="departmentId"
            value={values.departmentId}
            aria-describedby={ids.describedBy}
            style={fieldStyle}
            onChange={(event) => {
              set({ departmentId: event.target.value });
            }}
          >
            <option value="">{t('portal.raise.unknownDepartment')}</option>
            {departments.map((department) => (
              <option key={department.id} value={department.id}>
                {department.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <fieldset style={{ border: 'none', margin: 0, padding: 0 }}>
        <legend>
          <Text weight="bold">{t('portal.raise.contact')}</Text>
        </legend>
        <Stack space="space.150">
          <Text as="p" color="color.text.subtle">
            {t('portal.raise.contactPrivate')}
          </Text>
          <ContactFields
            values={values.contact}
            channelLabel={t('portal.raise.channel')}
            errorOf={(name) => state.errorOf(`contact.${name}`)}
            onChange={(contact) => {
              set({ contact });
            }}
          />
        </Stack>
      </fieldset>
    </PortalForm>
  );
};
