import type { AppConfig, FieldIssue, ProjectComponent } from '../../src/contracts/resolver-contracts';

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

/**
 * The departments with a project's components imported: a component already linked is left as
 * it is; one named like a department links to it, filling its lead if it has none; any other
 * becomes a new department led by the component lead. Nothing is saved until the admin saves.
 */
export const withComponents = (departments: readonly Department[], components: readonly ProjectComponent[]): { departments: Department[]; added: number; linked: number } => {
  let added = 0;
  let linked = 0;
  const result = [...departments];
  for (const component of components) {
    if (result.some((d) => d.componentId === component.id)) continue;
    const lead = component.lead?.accountId ?? null;
    const named = result.findIndex((d) => d.name.trim().toLowerCase() === component.name.trim().toLowerCase());
    const existing = result[named];
    if (existing === undefined) {
      result.push({ ...newDepartment(), name: component.name, leadAccountId: lead, componentId: component.id });
      added += 1;
    } else if (existing.componentId === null) {
      result[named] = { ...existing, componentId: component.id, leadAccountId: existing.leadAccountId ?? lead };
      linked += 1;
    }
  }
  return { departments: result, added, linked };
};

/** A percentage the admin types as the 0..1 share the schema keeps; text that is no number is sent as it is, like numberOrText. */
export const shareOfPercent = (text: string): number => {
  const value: unknown = numberOrText(text);
  return typeof value === 'number' ? value / 100 : (value as number);
};
