import type { ManualStep, SetupChange } from '../../../domain/setup/setup-report';

/** Notes what a step made or changed, as it goes, so that a failed step still reports its progress. */
export type RecordChange = (change: SetupChange) => void;

/** Notes what the admin must still do by hand after the step. */
export type RecordManual = (step: ManualStep) => void;
