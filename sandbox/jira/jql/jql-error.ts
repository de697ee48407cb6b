/** A JQL query that Jira would answer with 400; `errorMessages` is the body's `errorMessages`. */
export class JqlError extends Error {
  readonly errorMessages: string[];

  constructor(errorMessages: readonly string[]) {
    super(errorMessages.join(' '));
    this.name = 'JqlError';
    this.errorMessages = [...errorMessages];
  }
}
