import type { SetupChange } from '../../../domain/setup/setup-report';

/** Notes what a step made or changed, as it goes, so that a failed step still reports its progress. */
export type RecordChange = (change: SetupChange) => void;
