import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import type { QueueCandidate } from '../../domain/desk/advocate-queue';
import type { AdvocateQueueSource, AwaitingAdvocateQuery } from '../../ports/advocate-queue.port';
import { STATUS } from './column-codes';
import { literalLimit, num, numOrNull } from './column-values';
import { guard } from './store-failure';
import type { ComplaintTable, StoreDatabase } from './store-schema';

/** Eleven short columns: 2,500 rows are about 500 KB of JSON, well under Forge SQL's 4 MiB answer. */
const CANDIDATE_COLUMNS = [
  'issue_id',
  'issue_key',
  'department_id',
  'status',
  'responsible_account_id',
  'return_count',
  'reopen_count',
  'created_at',
  'status_changed_at',
  'due_at',
  'escalation_level',
] as const satisfies readonly (keyof ComplaintTable)[];

type CandidateRow = Pick<Selectable<ComplaintTable>, (typeof CANDIDATE_COLUMNS)[number]>;

const fromCandidateRow = (row: CandidateRow): QueueCandidate => ({
  issueId: row.issue_id,
  issueKey: row.issue_key,
  departmentId: row.department_id,
  status: STATUS.decode(row.status),
  responsibleAccountId: row.responsible_account_id,
  returns: num(row.return_count),
  reopens: num(row.reopen_count),
  createdAt: num(row.created_at),
  statusChangedAt: num(row.status_changed_at),
  dueAt: numOrNull(row.due_at),
  escalationLevel: num(row.escalation_level),
});

type Eb = ExpressionBuilder<StoreDatabase, 'complaint'>;

const MEASURES_DONE = STATUS.encode('measures_done');
const IN_PROGRESS = STATUS.encode('in_progress');

const reworked = (eb: Eb) => eb.and([eb('status', '=', IN_PROGRESS), eb.or([eb('return_count', '>', 0), eb('reopen_count', '>', 0)])]);

/**
 * The reasons' order of `advocateQueue` as a number, only so that a cut at `limit` drops the
 * least urgent rows; the domain sorts what comes back.
 */
const urgency = (eb: Eb, { now, dueBefore }: AwaitingAdvocateQuery) =>
  eb
    .case()
    .when('escalation_level', '>', 0)
    .then(0)
    .when('due_at', '<', now)
    .then(1)
    .when('responsible_account_id', 'is', null)
    .then(2)
    .when('status', '=', MEASURES_DONE)
    .then(3)
    .when('due_at', '<=', dueBefore)
    .then(4)
    .else(5)
    .end();

/** What may await the advocate, in one statement on Forge SQL and SQLite alike. */
export const createSqlAdvocateQueue = (db: Kysely<StoreDatabase>): AdvocateQueueSource => ({
  listAwaitingAdvocate: (query) =>
    guard('list the complaints awaiting the advocate', async () => {
      const rows = await db
        .selectFrom('complaint')
        .select(CANDIDATE_COLUMNS)
        .where('status', '!=', STATUS.encode('closed'))
        .where((eb) =>
          eb.or([
            eb('escalation_level', '>', 0),
            eb('due_at', '<=', query.dueBefore),
            eb('responsible_account_id', 'is', null),
            eb('status', '=', MEASURES_DONE),
            reworked(eb),
          ]),
        )
        .orderBy((eb) => urgency(eb, query))
        .orderBy('issue_id')
        .limit(literalLimit(query.limit))
        .execute();
      return rows.map(fromCandidateRow);
    }),
});
