/** A person as a picker shows them: the account id the configuration keeps and the name Jira shows. */
export interface NamedPerson {
  readonly accountId: string;
  readonly displayName: string;
}
