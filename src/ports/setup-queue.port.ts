/** Runs of Set up project handed to the async queue (Forge `@forge/events`), whose consumer may run for 900 s. */
export interface SetupQueue {
  push(projectKey: string): Promise<void>;
}
