import { SANDBOX_SITE } from './forge-runtime';
import type { FunctionInvoker } from './function-invoker';
import type { TriggerDef } from './manifest-model';
import { compileEventFilter, type EventFilter } from './trigger-filter';
import type { WorkTracker } from './work-tracker';

/** Fault injection for product events: late (by wall-clock ms), delivered twice, or lost. */
export interface EventFaults {
  readonly delayMs: number;
  readonly duplicate: boolean;
  /**
   * Every product event is dropped, as when Forge's delivery fails or the process that would
   * have delivered it dies: only the daily reconciliation can then tell the app what changed.
   */
  readonly lost: boolean;
}
export const NO_EVENT_FAULTS: EventFaults = { delayMs: 0, duplicate: false, lost: false };

export interface PlatformEvent {
  readonly eventType: string;
  readonly selfGenerated?: boolean;
}

export interface EventDelivery {
  /** Hands an event to every trigger that subscribes to it and whose filter passes; returns their keys. */
  deliver(event: PlatformEvent, options?: { withFaults: boolean }): string[];
  faults(): EventFaults;
  setFaults(faults: Partial<EventFaults>): void;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Delivers events as Forge does: after the action that caused them (never inside it), to the
 * trigger's function as `handler(event, context)`, with `event.context` naming the site and
 * the trigger module. A failing trigger is logged; product-event triggers are not retried.
 */
export const createEventDelivery = (deps: {
  triggers: readonly TriggerDef[];
  invoker: FunctionInvoker;
  tracker: WorkTracker;
  log: (line: string) => void;
}): EventDelivery => {
  const compiled: readonly (TriggerDef & { readonly filter: EventFilter })[] = deps.triggers.map((t) => ({ ...t, filter: compileEventFilter(t.filterExpression) }));
  let faults = NO_EVENT_FAULTS;

  const run = async (trigger: TriggerDef, event: PlatformEvent, delayMs: number): Promise<void> => {
    await sleep(delayMs);
    try {
      await deps.invoker.invoke({
        functionKey: trigger.functionKey,
        moduleKey: trigger.key,
        event: { ...event, context: { cloudId: SANDBOX_SITE.cloudId, moduleKey: trigger.key } },
      });
    } catch (error) {
      deps.log(`trigger ${trigger.key} failed on ${event.eventType}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  };

  return {
    deliver: (event, { withFaults } = { withFaults: true }) => {
      const applied = withFaults ? faults : NO_EVENT_FAULTS;
      if (applied.lost) return [];
      const targets = compiled.filter((t) => t.events.includes(event.eventType) && !(t.ignoreSelf && event.selfGenerated === true) && t.filter(event));
      for (const trigger of targets) {
        const copies = applied.duplicate ? 2 : 1;
        for (let copy = 0; copy < copies; copy += 1) deps.tracker.track(run(trigger, event, applied.delayMs));
      }
      return targets.map((t) => t.key);
    },
    faults: () => faults,
    setFaults: (next) => {
      faults = { ...faults, ...next };
    },
  };
};
