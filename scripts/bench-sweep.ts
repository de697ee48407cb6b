/**
 * The sweep's figures (design.md section 12, issue 15): its Jira calls and its CPU time with 0 due
 * and with 1% of 1k, 10k and 100k open complaints due, and 10k due complaints drained under an
 * emulated Jira quota. Part of `npm run bench`; see `sweep-scene.ts` for what is real and what is seeded.
 */
import type { Scale } from './bench-budget';
import { MONDAY_9AM, sweepScene, TUESDAY_10AM, type SweepScene } from './sweep-scene';

/**
 * Calls a sweep may make beyond one per due complaint: reading the recipients' Jira locale, once a
 * month, and the day's first sweep's digest for each advocate target (issue 17).
 */
export const SWEEP_CALLS_CONSTANT = 5;
/** design.md section 12: under a second of app CPU at 100k open complaints, 1% due. */
export const SWEEP_CPU_BUDGET_MS = 1_000;

export interface SweepSize {
  readonly open: number;
  readonly due: number;
  /** Every app call to Jira from the sweep until the host is idle, the queued sends included. */
  readonly jiraCalls: number;
  readonly jiraCallsBudget: number;
  /**
   * CPU of the process (the app's handlers, the sandbox host and the Jira emulator, which share it)
   * from the sweep's start until everything it queued ran: an upper bound of the app's own.
   */
  readonly processCpuMs: number;
  /** The same, less the CPU spent while the emulator answered the app's calls: the app's and the host's. */
  readonly appCpuMs: number;
  /** `appCpuMs` of the sweep's own invocation: finding, planning and recording what is due, and pacing its messages, before any is sent. */
  readonly sweepInvocationAppCpuMs: number;
}

export interface DrainFigures {
  readonly due: number;
  readonly sendsPerMinute: number;
  readonly quotaPerMinute: number;
  readonly quotaBurst: number;
  readonly sent: number;
  /** Messages recorded and not sent in the end (pending or given up). */
  readonly lost: number;
  /** Notifications Jira accepted beyond one per message. */
  readonly duplicates: number;
  readonly rateLimited: number;
  readonly drainMinutes: number;
}

export interface SweepFigures {
  readonly sizes: readonly SweepSize[];
  readonly drain: DrainFigures;
}

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/** Sums the CPU spent while the emulator had one of the app's calls open, overlapping calls counted once. */
const emulatorCpu = (scene: SweepScene) => {
  const { emulator } = scene.sandbox.services;
  const handle = emulator.handle.bind(emulator);
  let open = 0;
  let from = process.cpuUsage();
  let total = 0;
  Object.assign(emulator, {
    handle: async (...args: Parameters<typeof handle>) => {
      if (open === 0) from = process.cpuUsage();
      open += 1;
      try {
        return await handle(...args);
      } finally {
        open -= 1;
        if (open === 0) total += cpuMs(from);
      }
    },
  });
  return () => total;
};

/** One sweep from the clock's time until everything it queued ran. */
const measureRun = async (scene: SweepScene, emulatorMs: () => number, open: number, due: number): Promise<SweepSize> => {
  const calls = scene.seen.calls;
  const emulatorBefore = emulatorMs();
  const cpu = process.cpuUsage();
  let sweepInvocationAppCpuMs = 0;
  await scene.sweepUntilDrained(undefined, () => {
    sweepInvocationAppCpuMs = Math.round(cpuMs(cpu) - (emulatorMs() - emulatorBefore));
  });
  const processCpuMs = cpuMs(cpu);
  const appCpuMs = processCpuMs - (emulatorMs() - emulatorBefore);
  const jiraCalls = scene.seen.calls - calls;
  const jiraCallsBudget = due === 0 ? 0 : due + SWEEP_CALLS_CONSTANT;
  return { open, due, jiraCalls, jiraCallsBudget, processCpuMs: Math.round(processCpuMs), appCpuMs: Math.round(appCpuMs), sweepInvocationAppCpuMs };
};

/**
 * `open` complaints, 1% of them due on Tuesday morning: a sweep on Monday at 10:00, after the day's
 * digest went out, finds none due; one on Tuesday at 10:00 finds the 1% (and sends Tuesday's digest).
 */
const measureSize = async (open: number): Promise<SweepSize[]> => {
  const scene = await sweepScene({ sendsPerMinute: 600 });
  try {
    const due = Math.max(1, open / 100);
    scene.fill(open, due);
    const emulatorMs = emulatorCpu(scene);
    const { clock } = scene.sandbox.services;
    // The day's first sweep in working hours sends the advocates' digest; the figure is a sweep after it, which must call Jira not at all.
    clock.advance(Math.max(0, MONDAY_9AM + 5 * 60_000 - clock.now()));
    await scene.sweepUntilDrained();
    clock.advance(MONDAY_9AM + 3_600_000 - clock.now());
    const none = await measureRun(scene, emulatorMs, open, 0);
    clock.advance(TUESDAY_10AM - clock.now());
    return [none, await measureRun(scene, emulatorMs, open, due)];
  } finally {
    await scene.close();
  }
};

/** Many complaints due at once, the app sending faster than the emulated quota allows: everything goes out, once. */
export const measureDrain = async (due: number, limits: { sendsPerMinute: number; quotaPerMinute: number; quotaBurst: number }): Promise<DrainFigures> => {
  const scene = await sweepScene({ sendsPerMinute: limits.sendsPerMinute, quota: { quotaPerMinute: limits.quotaPerMinute, quotaBurst: limits.quotaBurst } });
  try {
    scene.fill(due, due);
    const { services } = scene.sandbox;
    services.clock.advance(TUESDAY_10AM - services.clock.now());
    const notifiedBefore = scene.seen.notified.length;
    const limitedBefore = scene.seen.limited.length;
    // The registered complaint's routing message went out already.
    const before = scene.messages();
    const drainMs = await scene.sweepUntilDrained();
    const after = scene.messages();
    const sent = after.sent - before.sent;
    // The day's first sweep also sends the advocates' digest: a notify call, but no complaint's reminder.
    const accepted = scene.seen.notified.length - notifiedBefore - (after.digestsSent - before.digestsSent);
    // Each due complaint owes one reminder: one not sent in the end, or never recorded, is lost.
    const lost = Math.max(0, due - sent);
    const duplicates = accepted - sent;
    return { due, ...limits, sent, lost, duplicates, rateLimited: scene.seen.limited.length - limitedBefore, drainMinutes: Math.round(drainMs / 6_000) / 10 };
  } finally {
    await scene.close();
  }
};

/** `full`: 0 and 1% due of 1k, 10k and 100k open; and 10k drained under the quota. `smoke`: 200 open and 40 drained, a few seconds. */
export const measureSweep = async (scale: Scale): Promise<SweepFigures> => {
  const info = console.info;
  const warn = console.warn;
  console.info = () => undefined;
  console.warn = () => undefined;
  try {
    const measured: SweepSize[] = [];
    for (const open of scale === 'full' ? [1_000, 10_000, 100_000] : [200]) measured.push(...(await measureSize(open)));
    // The app is set to send faster than the quota lets it, so that Jira's 429s pace it too.
    const drain = scale === 'full' ? await measureDrain(10_000, { sendsPerMinute: 120, quotaPerMinute: 100, quotaBurst: 20 }) : await measureDrain(40, { sendsPerMinute: 60, quotaPerMinute: 20, quotaBurst: 5 });
    return { sizes: measured, drain };
  } finally {
    console.info = info;
    console.warn = warn;
  }
};
