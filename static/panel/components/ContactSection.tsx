import Button from '@atlaskit/button/new';
import { Box, Inline, Text } from '@atlaskit/primitives/compiled';
import { useEffect, useRef, useState } from 'react';
import type { ContactRecord } from '../../../src/contracts/resolver-contracts';
import { useLanguage, useT } from '../../shared/i18n/i18n-context';
import { formatMoment } from '../../shared/format-time';
import { ContactErase } from './ContactErase';
import { ContactForm } from './ContactForm';
import { TitledSection } from '../../shared/components/TitledSection';
import { SummaryRows } from '../../shared/components/SummaryRows';

interface ContactSectionProps {
  readonly contact: ContactRecord | null;
  readonly names: Readonly<Record<string, string>>;
  readonly timeZone: string | undefined;
  readonly onChanged: () => void;
}

type Mode = 'view' | 'edit' | 'erase';

/** An anonymous customer's contact data, which only an advocate's panel view carries, with record, edit and erase. */
export const ContactSection = ({ contact, names, timeZone, onChanged }: ContactSectionProps) => {
  const t = useT();
  const { language } = useLanguage();
  const [mode, setMode] = useState<Mode>('view');
  const [message, setMessage] = useState<'contact.saved' | 'contact.erased' | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const status = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState<'button' | 'status' | null>(null);

  useEffect(() => {
    if (focus === 'button') editButton.current?.focus();
    if (focus === 'status') status.current?.focus();
  }, [focus]);

  const finish = (outcome: 'contact.saved' | 'contact.erased' | null) => {
    setMode('view');
    setMessage(outcome);
    setFocus(outcome === null ? 'button' : 'status');
    if (outcome !== null) onChanged();
  };
  const open = (next: Mode) => {
    setMessage(null);
    setFocus(null);
    setMode(next);
  };

  const rows =
    contact === null
      ? []
      : [
          ...(contact.name === null ? [] : [{ label: t('contact.name'), value: contact.name }]),
          ...(contact.email === null ? [] : [{ label: t('contact.email'), value: contact.email }]),
          ...(contact.phone === null ? [] : [{ label: t('contact.phone'), value: contact.phone }]),
          { label: t('contact.preferredChannel'), value: t(`contact.channel.${contact.preferredChannel}`) },
          ...(contact.note === null ? [] : [{ label: t('contact.note'), value: contact.note }]),
        ];

  return (
    <TitledSection title={t('contact.heading')}>
      <Text as="p" color="color.text.subtle">
        {t('contact.private')}
      </Text>
      {contact === null ? <Text as="p">{t('contact.none')}</Text> : <SummaryRows rows={rows} />}
      {contact !== null && (
        <Text as="p" size="small" color="color.text.subtle">
          {t('contact.recordedBy', { name: names[contact.recordedBy] ?? t('trail.unknownPerson'), time: formatMoment(language, contact.recordedAt, timeZone) })}
        </Text>
      )}
      {message !== null && (
        <Box ref={status} role="status" tabIndex={-1}>
          <Text as="p" color="color.text.success">
            {t(message)}
          </Text>
        </Box>
      )}
      {mode === 'view' && (
        <Inline space="space.100">
          <Button
            ref={editButton}
            onClick={() => {
              open('edit');
            }}
          >
            {t(contact === null ? 'contact.record' : 'contact.edit')}
          </Button>
          {contact !== null && (
            <Button
              appearance="danger"
              onClick={() => {
                open('erase');
              }}
            >
              {t('contact.erase')}
            </Button>
          )}
        </Inline>
      )}
      {mode === 'edit' && (
        <ContactForm
          contact={contact}
          onSaved={() => {
            finish('contact.saved');
          }}
          onCancel={() => {
            finish(null);
          }}
        />
      )}
      {mode === 'erase' && (
        <ContactErase
          onErased={() => {
            finish('contact.erased');
          }}
          onCancel={() => {
            finish(null);
          }}
        />
      )}
    </TitledSection>
  );
};
