import type { AppConfig, FieldIssue } from '../../src/contracts/resolver-contracts';

export type Department = AppConfig['departments'][number];

/** A department as "Add a department" starts it: nothing chosen, its key made from its name on save. */
export const newDepartment = (): Department => ({
  id: '',
  name: '',
  leadAccountId: null,
  deputyAccountId: null,
  away: false,
  escalationManagerAccountId: null,
  advocateAccountId: null,
  componentId: null,
});

/** A key from a name, as the schema wants it: lowercase letters, digits and dashes, at most 40. */
export const keyOf = (name: string): string =>
  name
    .normalize('NFKD')
    // Accents come apart from their letters under NFKD; dropping them keeps "Café" as "cafe".
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');

/**
 * What the page sends: a new department left without a key gets one made from its name, so an
 * admin names a department once. A name with no Latin letter or digit makes no key, and the
 * save then says the key is wrong, next to it.
 */
export const toSubmit = (draft: AppConfig): AppConfig => ({
  ...draft,
  departments: draft.departments.map((d) => (d.id === '' ? { ...d, id: keyOf(d.name) } : d)),
});

/** Whether the save reported a problem at this field or inside it (`calendar.holidays` covers `calendar.holidays.2`). */
export const hasProblem = (issues: readonly FieldIssue[], path: string): boolean => issues.some((i) => i.path === path || i.path.startsWith(`${path}.`));

/** A field's text as a number for the schema: blank or not a number is sent as it is, so the save names the field. */
export const numberOrText = (text: string): number => {
  const trimmed = text.trim();
  const n = Number(trimmed);
  return trimmed === '' || Number.isNaN(n) ? (trimmed as unknown as number) : n;
};
