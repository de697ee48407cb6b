import type { Clock } from '../../ports/clock.port';

/** The platform's time. The sandbox moves the process's clock to fast-forward reminders. */
export const systemClock: Clock = { now: () => Date.now() };
