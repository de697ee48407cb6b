import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { useState, type KeyboardEvent } from 'react';
import type { NamedPerson } from '../../../src/contracts/resolver-contracts';
import { fieldStyle } from '../../shared/components/field-style';
import { FormField } from '../../shared/components/FormField';
import { useT } from '../../shared/i18n/i18n-context';
import { useSurfaceHost } from '../../shared/shell/surface-host';
import { useSettingsForm } from '../settings-form-context';

interface PersonPickerProps {
  readonly label: string;
  readonly value: string | null;
  readonly onChange: (accountId: string | null) => void;
  readonly error: string | undefined;
}

/**
 * A person for a department role: who is chosen now, by name, and a search of Jira's users by the
 * start of a name or e-mail address, whose results are buttons. Plain controls rather than a
 * combobox library keep the page within its bundle budget and need nothing special of a keyboard.
 */
export const PersonPicker = ({ label, value, onChange, error }: PersonPickerProps) => {
  const t = useT();
  const host = useSurfaceHost();
  const { names, rememberName } = useSettingsForm();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<readonly NamedPerson[] | null>(null);
  const [failed, setFailed] = useState(false);

  const find = () => {
    if (query.trim() === '') return;
    setFailed(false);
    host.call('users/search', { query: query.trim() }).then(
      (answer) => {
        setFound(answer.users);
      },
      () => {
        setFound(null);
        setFailed(true);
      },
    );
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter searches, rather than saving the whole form.
    if (event.key !== 'Enter') return;
    event.preventDefault();
    find();
  };
  const choose = (person: NamedPerson) => {
    rememberName(person);
    onChange(person.accountId);
    setFound(null);
    setQuery('');
  };

  const current = value === null ? t('admin.person.nobody') : (names[value] ?? t('admin.person.unknown', { accountId: value }));
  return (
    <FormField label={label} error={error} group>
      {(ids) => (
        <div role="group" aria-labelledby={ids.labelId} aria-describedby={ids.describedBy}>
          <Stack space="space.050">
            <Inline space="space.100" alignBlock="center">
              <Text data-person={value ?? ''}>{current}</Text>
              {value !== null && (
                <Button
                  appearance="subtle"
                  onClick={() => {
                    onChange(null);
                  }}
                >
                  {t('admin.person.clear')}
                </Button>
              )}
            </Inline>
            <Inline space="space.100" alignBlock="center">
              <input
                type="search"
                aria-label={t('admin.person.search', { role: label })}
                value={query}
                style={fieldStyle}
                onKeyDown={onKeyDown}
                onChange={(event) => {
                  setQuery(event.target.value);
                }}
              />
              <Button onClick={find}>{t('admin.person.find')}</Button>
            </Inline>
            <div aria-live="polite">
              {failed && <Text color="color.text.danger">{t('admin.person.searchFailed')}</Text>}
              {found !== null &&
                (found.length === 0 ? (
                  <Text>{t('admin.person.noneFound')}</Text>
                ) : (
                  <ul aria-label={t('admin.person.results', { role: label })}>
                    {found.map((person) => (
                      <li key={person.accountId}>
                        <Button
                          appearance="subtle"
                          onClick={() => {
                            choose(person);
                          }}
                        >
                          {person.displayName}
                        </Button>
                      </li>
                    ))}
                  </ul>
                ))}
            </div>
          </Stack>
        </div>
      )}
    </FormField>
  );
};
