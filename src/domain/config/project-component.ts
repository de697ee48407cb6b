import type { NamedPerson } from '../people/named-person';

/** A project's component as the department import reads it: what a department is made from. */
export interface ProjectComponent {
  readonly id: string;
  readonly name: string;
  /** The component lead, who becomes the department's lead; null when it has none. */
  readonly lead: NamedPerson | null;
}
