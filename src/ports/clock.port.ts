/** The current time, in epoch milliseconds (UTC). The sandbox drives it to fast-forward reminders. */
export interface Clock {
  now(): number;
}
