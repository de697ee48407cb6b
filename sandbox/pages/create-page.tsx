import type { Refusal } from './jira-client';
import type { FormValues, ScreenField } from './screen-field';
import { ScreenFields, type PickableUser } from './screen-fields';

/** An issue type the viewer may create, with its project; `value` is the `PROJECT:typeId` the forms send. */
export interface CreatableType {
  readonly projectKey: string;
  readonly projectName: string;
  readonly typeId: string;
  readonly typeName: string;
}

export const createTypeValue = (type: Pick<CreatableType, 'projectKey' | 'typeId'>): string => `${type.projectKey}:${type.typeId}`;

export interface CreatePageData {
  readonly types: readonly CreatableType[];
  /** The chosen type, or null when the viewer may create nothing. */
  readonly chosen: CreatableType | null;
  /** The chosen type's create screen, as create metadata lists it, without the project and issue type. */
  readonly fields: readonly ScreenField[];
  readonly values: FormValues;
  readonly refusal: Refusal | null;
  readonly users: readonly PickableUser[];
}

const byProject = (types: readonly CreatableType[]): CreatableType[][] => {
  const groups = new Map<string, CreatableType[]>();
  for (const type of types) groups.set(type.projectKey, [...(groups.get(type.projectKey) ?? []), type]);
  return [...groups.values()];
};

/** The issue type picker: choosing a type reloads the page with that type's create screen, as Jira's create dialog does. */
const TypePicker = ({ types, chosen }: Pick<CreatePageData, 'types' | 'chosen'>) => (
  <form method="get" action="/create" className="form">
    <label htmlFor="issuetype">Project and issue type</label>
    <select id="issuetype" name="issuetype" defaultValue={chosen === null ? '' : createTypeValue(chosen)} data-autosubmit="">
      {byProject(types).map((group) => (
        <optgroup key={group[0]?.projectKey} label={`${group[0]?.projectName ?? ''} (${group[0]?.projectKey ?? ''})`}>
          {group.map((type) => (
            <option key={createTypeValue(type)} value={createTypeValue(type)}>
              {type.typeName}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
    <noscript>
      <button type="submit" className="button">
        Choose
      </button>
    </noscript>
  </form>
);

/** Jira's refusal of a form, above it: the messages that name no field it shows. */
export const RefusalAlert = ({ refusal }: { refusal: Refusal | null }) =>
  refusal === null || refusal.messages.length === 0 ? null : (
    <div className="section-message section-message-error" role="alert">
      {refusal.messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );

/** Jira's create dialog as a page: the chosen issue type's create screen, built from create metadata. */
export const CreatePage = ({ types, chosen, fields, values, refusal, users }: CreatePageData) => (
  <section className="narrow" aria-labelledby="create">
    <h1 id="create">Create issue</h1>
    <RefusalAlert refusal={refusal} />
    {chosen === null ? (
      <p className="none">You may not create issues in any project.</p>
    ) : (
      <>
        <TypePicker types={types} chosen={chosen} />
        <form method="post" action="/create" className="form" aria-label={`Create ${chosen.typeName}`}>
          <input type="hidden" name="issuetype" value={createTypeValue(chosen)} />
          <ScreenFields fields={fields} values={values} errors={refusal?.fields ?? {}} users={users} idPrefix="create" />
          <div className="actions">
            <button type="submit" className="button button-primary">
              Create
            </button>
            <a href="/" className="button">
              Cancel
            </a>
          </div>
        </form>
      </>
    )}
  </section>
);
