import { Stack } from '@atlaskit/primitives/compiled';
import type { AppConfig } from '../../../src/contracts/resolver-contracts';
import { FormField } from '../../shared/components/FormField';
import { TextField } from '../../shared/components/TextField';
import { useLanguage, useT } from '../../shared/i18n/i18n-context';
import { joinList, splitList } from '../../shared/split-list';
import { useSettingsForm } from '../settings-form-context';
import { CheckboxField } from '../../shared/components/CheckboxField';
import { ParsedTextField } from './ParsedTextField';

const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
/** The time zones this browser knows, offered as the admin types; the schema decides what is valid. */
const TIME_ZONES: readonly string[] = Intl.supportedValuesOf('timeZone');
/** 1 January 2024 was a Monday: ISO weekday n falls on the n-th of that month. */
const weekdayName = (language: string, day: number): string => new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, day));

/** The business calendar: time zone, working days, working hours and holidays. */
export const CalendarFields = () => {
  const t = useT();
  const { language } = useLanguage();
  const { draft, update, problem } = useSettingsForm();
  const { calendar } = draft;
  const set = (change: Partial<AppConfig['calendar']>) => {
    update((d) => ({ ...d, calendar: { ...d.calendar, ...change } }));
  };
  const toggle = (day: number, on: boolean) => {
    const days = on ? [...calendar.workingDays, day].sort((a, b) => a - b) : calendar.workingDays.filter((d) => d !== day);
    set({ workingDays: days });
  };
  return (
    <Stack space="space.150">
      <TextField label={t('admin.calendar.timeZone')} hint={t('admin.calendar.timeZone.hint')} value={calendar.timeZone} onChange={(timeZone) => { set({ timeZone }); }} error={problem('calendar.timeZone', 'admin.invalid.timeZone')} suggestions={TIME_ZONES} required />
      <FormField label={t('admin.calendar.workingDays')} error={problem('calendar.workingDays', 'admin.invalid.workingDays')} group>
        {(ids) => (
          <div role="group" aria-labelledby={ids.labelId} aria-describedby={ids.describedBy}>
            <Stack space="space.050">
              {ISO_WEEKDAYS.map((day) => (
                <CheckboxField key={day} label={weekdayName(language, day)} checked={calendar.workingDays.includes(day)} onChange={(on) => { toggle(day, on); }} />
              ))}
            </Stack>
          </div>
        )}
      </FormField>
      <TextField label={t('admin.calendar.dayStart')} hint={t('admin.calendar.time.hint')} value={calendar.dayStart} onChange={(dayStart) => { set({ dayStart }); }} error={problem('calendar.dayStart', 'admin.invalid.time')} required />
      <TextField label={t('admin.calendar.dayEnd')} hint={t('admin.calendar.time.hint')} value={calendar.dayEnd} onChange={(dayEnd) => { set({ dayEnd }); }} error={problem('calendar.dayEnd', 'admin.invalid.time')} required />
      <ParsedTextField
        label={t('admin.calendar.holidays')}
        hint={t('admin.calendar.holidays.hint')}
        initial={joinList(calendar.holidays)}
        parse={splitList}
        onChange={(holidays) => {
          set({ holidays });
        }}
        error={problem('calendar.holidays', 'admin.invalid.holidays')}
      />
    </Stack>
  );
};
