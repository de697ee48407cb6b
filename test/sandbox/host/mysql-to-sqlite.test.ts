import Database from 'better-sqlite3';
import { mysqlToSqlite } from '../../../sandbox/host/mysql-to-sqlite';

describe('mysqlToSqlite', () => {
  it.each([
    ['id BIGINT PRIMARY KEY AUTO_INCREMENT', 'id INTEGER PRIMARY KEY AUTOINCREMENT'],
    ['id INT NOT NULL AUTO_INCREMENT PRIMARY KEY', 'id INTEGER PRIMARY KEY AUTOINCREMENT'],
    ['id int(11) unsigned auto_increment primary key', 'id INTEGER PRIMARY KEY AUTOINCREMENT'],
    ['CREATE TABLE t (a INT) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;', 'CREATE TABLE t (a INT)'],
    ['SELECT * FROM t WHERE a = ?', 'SELECT * FROM t WHERE a = ?'],
    ['insert ignore into `t` (`a`) values (?)', 'INSERT OR IGNORE into `t` (`a`) values (?)'],
    ["SELECT 'insert ignore' FROM t", "SELECT 'insert ignore' FROM t"],
    ['drop index if exists `t_a` on `t`', 'drop index if exists `t_a`'],
    ['DROP INDEX t_a ON t;', 'DROP INDEX t_a'],
  ])('%s → %s', (mysql, sqlite) => {
    expect(mysqlToSqlite(mysql)).toBe(sqlite);
  });

  it('yields DDL that SQLite runs and that numbers rows itself', () => {
    const db = new Database(':memory:');
    db.exec(mysqlToSqlite('CREATE TABLE notes (id BIGINT PRIMARY KEY AUTO_INCREMENT, body VARCHAR(20)) ENGINE=InnoDB'));
    db.prepare('INSERT INTO notes (body) VALUES (?)').run('a');
    expect(db.prepare('INSERT INTO notes (body) VALUES (?)').run('b').lastInsertRowid).toBe(2);
  });

  it('yields an INSERT IGNORE that skips a duplicate key, as MySQL does', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE tags (name VARCHAR(20) PRIMARY KEY)');
    const insert = db.prepare(mysqlToSqlite('INSERT IGNORE INTO tags (name) VALUES (?)'));
    expect([insert.run('a').changes, insert.run('a').changes]).toEqual([1, 0]);
  });
});
