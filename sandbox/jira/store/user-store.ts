import type { Database } from 'better-sqlite3';

export type AccountType = 'atlassian' | 'app' | 'customer';

export interface UserRecord {
  readonly accountId: string;
  readonly accountType: AccountType;
  readonly displayName: string;
  /** Null for the app's user, which has no mailbox. */
  readonly email: string | null;
  readonly active: boolean;
  /** Jira's form, e.g. `en_US`. */
  readonly locale: string;
  readonly timeZone: string;
  /** What the host's user switcher shows, e.g. "Advocate". */
  readonly roleLabel: string;
}

export interface GroupRecord {
  readonly groupId: string;
  readonly name: string;
}

interface UserRow {
  account_id: string;
  account_type: AccountType;
  display_name: string;
  email: string | null;
  active: number;
  locale: string;
  time_zone: string;
  role_label: string;
}

const toUser = (row: UserRow): UserRecord => ({
  accountId: row.account_id,
  accountType: row.account_type,
  displayName: row.display_name,
  email: row.email,
  active: row.active === 1,
  locale: row.locale,
  timeZone: row.time_zone,
  roleLabel: row.role_label,
});

const USER_COLUMNS = 'account_id, account_type, display_name, email, active, locale, time_zone, role_label';

export interface UserStore {
  insert(user: UserRecord): void;
  byAccountId(accountId: string): UserRecord | null;
  byEmail(email: string): UserRecord | null;
  /** Every account, in seed order. */
  all(): UserRecord[];
  insertGroup(group: GroupRecord): void;
  addMember(groupId: string, accountId: string): void;
  groupByName(name: string): GroupRecord | null;
  groupById(groupId: string): GroupRecord | null;
  groupsOf(accountId: string): GroupRecord[];
  membersOf(groupId: string): UserRecord[];
}

export function userStore(db: Database): UserStore {
  const groupByColumn = (column: 'name' | 'group_id', value: string): GroupRecord | null => {
    const row = db
      .prepare<[string], { group_id: string; name: string }>(`SELECT group_id, name FROM jira_groups WHERE ${column} = ?`)
      .get(value);
    return row === undefined ? null : { groupId: row.group_id, name: row.name };
  };
  return {
    insert(user) {
      db.prepare(
        `INSERT INTO jira_users (${USER_COLUMNS}, position)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT count(*) FROM jira_users))`,
      ).run(
        user.accountId,
        user.accountType,
        user.displayName,
        user.email,
        user.active ? 1 : 0,
        user.locale,
        user.timeZone,
        user.roleLabel,
      );
    },
    byAccountId(accountId) {
      const row = db.prepare<[string], UserRow>(`SELECT ${USER_COLUMNS} FROM jira_users WHERE account_id = ?`).get(accountId);
      return row === undefined ? null : toUser(row);
    },
    byEmail(email) {
      const row = db
        .prepare<[string], UserRow>(`SELECT ${USER_COLUMNS} FROM jira_users WHERE lower(email) = lower(?)`)
        .get(email);
      return row === undefined ? null : toUser(row);
    },
    all() {
      return db.prepare<[], UserRow>(`SELECT ${USER_COLUMNS} FROM jira_users ORDER BY position`).all().map(toUser);
    },
    insertGroup(group) {
      db.prepare('INSERT INTO jira_groups (group_id, name) VALUES (?, ?)').run(group.groupId, group.name);
    },
    addMember(groupId, accountId) {
      db.prepare('INSERT OR IGNORE INTO jira_group_members (group_id, account_id) VALUES (?, ?)').run(groupId, accountId);
    },
    groupByName: (name) => groupByColumn('name', name),
    groupById: (groupId) => groupByColumn('group_id', groupId),
    groupsOf(accountId) {
      return db
        .prepare<[string], { group_id: string; name: string }>(
          `SELECT g.group_id, g.name FROM jira_groups g JOIN jira_group_members m ON m.group_id = g.group_id
           WHERE m.account_id = ? ORDER BY g.name`,
        )
        .all(accountId)
        .map((row) => ({ groupId: row.group_id, name: row.name }));
    },
    membersOf(groupId) {
      return db
        .prepare<[string], UserRow>(
          `SELECT ${USER_COLUMNS.split(', ').map((column) => `u.${column}`).join(', ')}
           FROM jira_users u JOIN jira_group_members m ON m.account_id = u.account_id
           WHERE m.group_id = ? ORDER BY u.display_name`,
        )
        .all(groupId)
        .map(toUser);
    },
  };
}
