import { removeDir, stopGroup } from './mariadb-server';
import { runServer } from './global-setup';

/** jest's globalTeardown: stops the run's MariaDB server, or its start, and deletes its data. */
export default async function globalTeardown(): Promise<void> {
  const state = runServer();
  if (state === undefined) return;
  state.stopping = true;
  await Promise.all([...state.children].map(stopGroup));
  await state.starting;
  await removeDir(state.dir);
}
