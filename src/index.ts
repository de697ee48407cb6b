// Only re-exports the handlers that manifest.yml names (`index.<export>`).
export { handler as panelResolver } from './handlers/resolvers/panel';
export { handler as gadgetResolver } from './handlers/resolvers/gadget';
export { handler as adminResolver } from './handlers/resolvers/admin';
export { handler as portalResolver } from './handlers/resolvers/portal';
export { handler as queueResolver } from './handlers/resolvers/queue';
export { handler as complaintEvent } from './handlers/triggers/complaint-event';
export { handler as appInstalled } from './handlers/lifecycle/app-installed';
export { handler as reminderSweep } from './handlers/scheduled/reminder-sweep';
export { handler as dailyReconciliation } from './handlers/scheduled/daily-reconciliation';
export { handler as dailyRetention } from './handlers/scheduled/daily-retention';
export { handler as complaintQueueConsumer } from './handlers/consumers/complaint-queue';
export { handler as setupQueueConsumer } from './handlers/consumers/setup-queue';
export { handler as complaintFigureFunction } from './handlers/jql/complaint-figure';
