/**
 * The few MySQL spellings that Forge SQL statements use and SQLite does not accept, rewritten
 * textually. This is not a SQL translator: anything else (ON DUPLICATE KEY UPDATE, MySQL-only
 * functions, ALTER TABLE … MODIFY) reaches SQLite as written and fails there with its message.
 */
const REWRITES: readonly (readonly [RegExp, string])[] = [
  // SQLite auto-increments only an INTEGER PRIMARY KEY, whichever order MySQL wrote it in.
  [/\b(?:BIG|SMALL|TINY|MEDIUM)?INT(?:EGER)?(?:\s*\(\d+\))?(?:\s+UNSIGNED)?(?:\s+NOT\s+NULL)?\s+(?:PRIMARY\s+KEY\s+AUTO_INCREMENT|AUTO_INCREMENT\s+PRIMARY\s+KEY)\b/gi, 'INTEGER PRIMARY KEY AUTOINCREMENT'],
  [/\s+AUTO_INCREMENT\b(?!\s*=)/gi, ''],
  // Table options after the closing parenthesis.
  [/\)\s*(?:ENGINE\s*=\s*\w+|(?:DEFAULT\s+)?(?:CHARSET|CHARACTER\s+SET)\s*=?\s*\w+|COLLATE\s*=?\s*\w+|AUTO_INCREMENT\s*=\s*\d+|\s)+;?\s*$/i, ')'],
  [/\bUNSIGNED\b/gi, ''],
  // MySQL's INSERT IGNORE skips duplicate keys; SQLite spells it INSERT OR IGNORE.
  [/^(\s*)INSERT\s+IGNORE\b/i, '$1INSERT OR IGNORE'],
  // MySQL names the table of the index it drops; SQLite's index names are the schema's own.
  [/^(\s*DROP\s+INDEX\s+(?:IF\s+EXISTS\s+)?[`"\w]+)\s+ON\s+[`"\w]+\s*;?\s*$/i, '$1'],
];

export const mysqlToSqlite = (query: string): string => REWRITES.reduce((sql, [pattern, replacement]) => sql.replace(pattern, replacement), query);
