import type { JiraChangeItem } from '../emulator.types';
import { adfToText, type AdfDocument } from '../fields/adf';
import type { FieldDefinition } from '../fields/field-catalog';
import type { JiraSite } from '../jira-site';
import { scalarText } from '../json-value';

interface Described {
  readonly value: string | null;
  readonly text: string | null;
}

const NOTHING: Described = { value: null, text: null };

const strings = (stored: unknown): string[] =>
  Array.isArray(stored) ? stored.filter((item): item is string => typeof item === 'string') : [];

/** How a changelog writes one stored value: a machine value (ids) and a display string. */
function describe(site: JiraSite, def: FieldDefinition, stored: unknown): Described {
  if (stored === null || stored === undefined) return NOTHING;
  const named = (id: string, name: string | undefined): Described => ({ value: id, text: name ?? id });
  switch (def.kind) {
    case 'string':
      return { value: null, text: scalarText(stored) };
    case 'number':
      return { value: null, text: scalarText(stored) };
    case 'text':
      return { value: null, text: adfToText(stored as AdfDocument) };
    case 'date':
      return { value: scalarText(stored), text: scalarText(stored) };
    case 'datetime':
      return { value: new Date(Number(stored)).toISOString(), text: new Date(Number(stored)).toISOString() };
    case 'user': {
      const id = scalarText(stored);
      return named(id, site.users.byAccountId(id)?.displayName);
    }
    case 'users': {
      const ids = strings(stored);
      if (ids.length === 0) return NOTHING;
      const names = ids.map((id) => site.users.byAccountId(id)?.displayName ?? id);
      return { value: `[${ids.join(', ')}]`, text: names.join(', ') };
    }
    case 'option': {
      const id = scalarText(stored);
      return named(id, site.customFields.optionById(id)?.value);
    }
    case 'options': {
      const ids = strings(stored);
      if (ids.length === 0) return NOTHING;
      return { value: `[${ids.join(', ')}]`, text: ids.map((id) => site.customFields.optionById(id)?.value ?? id).join(',') };
    }
    case 'labels': {
      const labels = strings(stored);
      return labels.length === 0 ? NOTHING : { value: null, text: labels.join(' ') };
    }
    case 'priority': {
      const id = scalarText(stored);
      return named(id, site.catalog.priorities().find((priority) => priority.id === id)?.name);
    }
    case 'resolution': {
      const id = scalarText(stored);
      return named(id, site.catalog.resolutions().find((resolution) => resolution.id === id)?.name);
    }
    case 'issuetype': {
      const id = scalarText(stored);
      return named(id, site.catalog.issueTypeById(id)?.name);
    }
    case 'status': {
      const id = scalarText(stored);
      return named(id, site.statuses.byId(id)?.name);
    }
    case 'components':
    case 'project':
    case 'requesttype':
    case 'issuelinks':
    case 'comment':
      return { value: JSON.stringify(stored), text: JSON.stringify(stored) };
  }
}

/** Jira logs each added or removed component as its own `Component` item. */
function componentItems(site: JiraSite, before: unknown, after: unknown): JiraChangeItem[] {
  const was = strings(before);
  const now = strings(after);
  const item = (id: string, added: boolean): JiraChangeItem => {
    const name = site.projects.componentById(id)?.name ?? id;
    return {
      field: 'Component',
      fieldtype: 'jira',
      fieldId: 'components',
      from: added ? null : id,
      fromString: added ? null : name,
      to: added ? id : null,
      toString: added ? name : null,
    };
  };
  return [...was.filter((id) => !now.includes(id)).map((id) => item(id, false)), ...now.filter((id) => !was.includes(id)).map((id) => item(id, true))];
}

/** The changelog items for one field that went from `before` to `after`; none when nothing changed. */
export function changeItemsFor(site: JiraSite, def: FieldDefinition, before: unknown, after: unknown): JiraChangeItem[] {
  if (JSON.stringify(before ?? null) === JSON.stringify(after ?? null)) return [];
  if (def.kind === 'components') return componentItems(site, before, after);
  const from = describe(site, def, before);
  const to = describe(site, def, after);
  return [
    {
      field: def.custom ? def.name : def.id,
      fieldtype: def.custom ? 'custom' : 'jira',
      fieldId: def.id,
      from: from.value,
      fromString: from.text,
      to: to.value,
      toString: to.text,
    },
  ];
}
