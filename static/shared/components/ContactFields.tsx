import type { ContactField, ContactValues } from '../contact-form';
import { CONTACT_CHANNELS, CONTACT_MAX_LENGTH } from '../contact-form';
import { useT } from '../i18n/i18n-context';
import { fieldStyle, invalidFieldStyle } from './field-style';
import { FormField, type FieldIds } from './FormField';

interface ContactFieldsProps {
  readonly values: ContactValues;
  readonly onChange: (values: ContactValues) => void;
  /** The translated problem of a field, by its request name, or undefined. */
  readonly errorOf: (name: string) => string | undefined;
  /** The channel's question: about "them" to an advocate, about "you" to the customer. */
  readonly channelLabel?: string;
}

const TEXT_FIELDS: readonly { name: ContactField; type: 'text' | 'email' | 'tel' }[] = [
  { name: 'name', type: 'text' },
  { name: 'email', type: 'email' },
  { name: 'phone', type: 'tel' },
];

/** How to reach an anonymous customer: the advocate's contact form and the customer's own anonymous form share these. */
export const ContactFields = ({ values, onChange, errorOf, channelLabel }: ContactFieldsProps) => {
  const t = useT();
  const common = (name: ContactField, ids: FieldIds) => ({
    id: ids.id,
    name,
    value: values[name],
    maxLength: CONTACT_MAX_LENGTH[name],
    'aria-describedby': ids.describedBy,
    'aria-invalid': ids.invalid || undefined,
    style: ids.invalid ? invalidFieldStyle : fieldStyle,
    onChange: (event: { target: { value: string } }) => {
      onChange({ ...values, [name]: event.target.value });
    },
  });
  return (
    <>
      {TEXT_FIELDS.map(({ name, type }) => (
        <FormField key={name} label={t(`contact.${name}`)} error={errorOf(name)}>
          {(ids) => <input {...common(name, ids)} type={type} />}
        </FormField>
      ))}
      <FormField label={channelLabel ?? t('contact.preferredChannel')} error={errorOf('preferredChannel')}>
        {(ids) => (
          <select
            id={ids.id}
            name="preferredChannel"
            value={values.preferredChannel}
            aria-describedby={ids.describedBy}
            style={fieldStyle}
            onChange={(event) => {
              const channel = CONTACT_CHANNELS.find((c) => c === event.target.value);
              if (channel !== undefined) onChange({ ...values, preferredChannel: channel });
            }}
          >
            {CONTACT_CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {t(`contact.channel.${channel}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('contact.note')} error={errorOf('note')}>
        {(ids) => <textarea {...common('note', ids)} rows={3} />}
      </FormField>
    </>
  );
};
