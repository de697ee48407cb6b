/** The advocate's queue page's view, as the domain shapes it (`get-advocate-queue` builds it). */
export type { QueueReason } from '../domain/desk/advocate-queue';
export type { AdvocateQueueRow, AdvocateQueueView } from '../domain/desk/advocate-queue-view';
