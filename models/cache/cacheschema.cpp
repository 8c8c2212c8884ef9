#include "cache/cacheschema.h"

#include "cache/searchsql.h"

using namespace Qt::StringLiterals;

namespace fentu::cacheschema {

namespace {

// Version 1: the first release.
// list_key is scheduled_utc (epoch ms, UTC) or INT64_MAX for unscheduled orders, so one index
// gives the server's order (scheduled ascending, then id, unscheduled last) and serves the
// date filters as a range; the (filter column, list_key, id) indexes do both for each filter.
// seen_in_sync has no index on purpose: it is read once per full sync (a scan), but written
// by every upsert, where an index would cost on each row.
QStringList version1()
{
    return {
        u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s,
        u"INSERT INTO schema_version (version) VALUES (0)"_s,
        u"CREATE TABLE origin ("
        " id INTEGER PRIMARY KEY CHECK (id = 1),"
        " base_url TEXT NOT NULL,"
        " created_at TEXT NOT NULL)"_s,
        u"CREATE TABLE work_orders ("
        " id TEXT PRIMARY KEY NOT NULL,"
        " number TEXT,"
        " status TEXT,"
        " priority TEXT,"
        " customer_id TEXT,"
        " customer_name TEXT,"
        " technician_id TEXT,"
        " technician_name TEXT,"
        " scheduled_utc INTEGER,"
        " scheduled_date_utc TEXT,"
        " list_key INTEGER NOT NULL,"
        " estimated_duration INTEGER,"
        " work_order_type TEXT,"
        " created_at TEXT,"
        " updated_at TEXT,"
        " summary_json TEXT NOT NULL,"
        " detail_json TEXT,"
        " has_detail INTEGER NOT NULL DEFAULT 0,"
        " fetched_at TEXT NOT NULL,"
        " seen_in_sync INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE INDEX work_orders_list ON work_orders (list_key, id)"_s,
        u"CREATE INDEX work_orders_status ON work_orders (status, list_key, id)"_s,
        u"CREATE INDEX work_orders_customer ON work_orders (customer_id, list_key, id)"_s,
        u"CREATE INDEX work_orders_technician ON work_orders (technician_id, list_key, id)"_s,
        u"CREATE TABLE customers ("
        " id TEXT PRIMARY KEY NOT NULL,"
        " name TEXT NOT NULL DEFAULT '',"
        " address TEXT,"
        " raw TEXT)"_s,
        u"CREATE TABLE contacts ("
        " id TEXT PRIMARY KEY NOT NULL,"
        " customer_id TEXT REFERENCES customers (id) ON DELETE CASCADE,"
        " name TEXT NOT NULL DEFAULT '',"
        " phone TEXT,"
        " email TEXT)"_s,
        u"CREATE INDEX contacts_customer ON contacts (customer_id)"_s,
        u"CREATE TABLE technicians ("
        " id TEXT PRIMARY KEY NOT NULL,"
        " name TEXT NOT NULL DEFAULT '',"
        " active INTEGER NOT NULL DEFAULT 1)"_s,
        u"CREATE TABLE sync_state (key TEXT PRIMARY KEY NOT NULL, value TEXT)"_s,
        u"CREATE TABLE outbox ("
        " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
        " kind TEXT NOT NULL CHECK (kind IN ('create', 'update', 'delete')),"
        " order_id TEXT NOT NULL,"
        " payload TEXT NOT NULL,"
        " base_updated_at TEXT,"
        " created_at TEXT NOT NULL,"
        " state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'needs_attention')),"
        " error_message TEXT,"
        " attempts INTEGER NOT NULL DEFAULT 0)"_s,
    };
}

// Version 2: the replay needs to find an order's pending edits (the row's "pending" mark,
// remapping a local id) and to show when an entry was last tried.
QStringList version2()
{
    return {
        u"ALTER TABLE outbox ADD COLUMN last_attempt_at TEXT"_s,
        // Entries tried before v2 have no time of their own; their creation time is the best
        // honest lower bound.
        u"UPDATE outbox SET last_attempt_at = created_at WHERE attempts > 0"_s,
        u"CREATE INDEX outbox_order ON outbox (order_id)"_s,
        u"CREATE INDEX outbox_state ON outbox (state, seq)"_s,
    };
}

// Version 3: created/updated times as integers (epoch ms, UTC) instead of ISO text: formatting
// two dates as text per row was a tenth of a full sync's cache time, and nothing compares or
// shows the text. scheduled_date_utc goes (never read: list_key serves the date filters).
// SQLite cannot change a column's type, so the table is rebuilt; julianday() reads the ISO
// text of earlier versions (NULL stays NULL, unreadable text becomes NULL).
QStringList version3()
{
    const QString toMs = u"CAST(round((julianday(%1) - 2440587.5) * 86400000.0) AS INTEGER)"_s;
    return {
        u"CREATE TABLE work_orders_v3 ("
        " id TEXT PRIMARY KEY NOT NULL,"
        " number TEXT,"
        " status TEXT,"
        " priority TEXT,"
        " customer_id TEXT,"
        " customer_name TEXT,"
        " technician_id TEXT,"
        " technician_name TEXT,"
        " scheduled_utc INTEGER,"
        " list_key INTEGER NOT NULL,"
        " estimated_duration INTEGER,"
        " work_order_type TEXT,"
        " created_ms INTEGER,"
        " updated_ms INTEGER,"
        " summary_json TEXT NOT NULL,"
        " detail_json TEXT,"
        " has_detail INTEGER NOT NULL DEFAULT 0,"
        " fetched_at TEXT NOT NULL,"
        " seen_in_sync INTEGER NOT NULL DEFAULT 0)"_s,
        u"INSERT INTO work_orders_v3 (id, number, status, priority, customer_id, customer_name,"
        " technician_id, technician_name, scheduled_utc, list_key, estimated_duration,"
        " work_order_type, created_ms, updated_ms, summary_json, detail_json, has_detail,"
        " fetched_at, seen_in_sync)"
        " SELECT id, number, status, priority, customer_id, customer_name, technician_id,"
        " technician_name, scheduled_utc, list_key, estimated_duration, work_order_type, "_s +
            toMs.arg(u"created_at"_s) + u", "_s + toMs.arg(u"updated_at"_s) +
            u", summary_json, detail_json, has_detail, fetched_at, seen_in_sync"
            " FROM work_orders"_s,
        u"DROP TABLE work_orders"_s,
        u"ALTER TABLE work_orders_v3 RENAME TO work_orders"_s,
        u"CREATE INDEX work_orders_list ON work_orders (list_key, id)"_s,
        u"CREATE INDEX work_orders_status ON work_orders (status, list_key, id)"_s,
        u"CREATE INDEX work_orders_customer ON work_orders (customer_id, list_key, id)"_s,
        u"CREATE INDEX work_orders_technician ON work_orders (technician_id, list_key, id)"_s,
    };
}

// Version 4: the write path keeps the server's copy and the user's changes apart. The outbox
// knows more states (a request on its way, a create whose answer was lost, a conflict) and when
// a request last left; its CHECK constraint can only change with a rebuild. server_copy holds
// the newest server version of an order that has entries (work_orders then shows it with the
// entries laid over it); id_map remembers which server id a local order became, so a change
// queued against the local id while its create was on its way still finds its order.
QStringList version4()
{
    return {
        u"CREATE TABLE outbox_v4 ("
        " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
        " kind TEXT NOT NULL CHECK (kind IN ('create', 'update', 'delete')),"
        " order_id TEXT NOT NULL,"
        " payload TEXT NOT NULL,"
        " base_updated_at TEXT,"
        " created_at TEXT NOT NULL,"
        " state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sending',"
        " 'possibly_sent', 'needs_attention', 'conflict')),"
        " error_message TEXT,"
        " attempts INTEGER NOT NULL DEFAULT 0,"
        " last_attempt_at TEXT,"
        " sent_at TEXT)"_s,
        u"INSERT INTO outbox_v4 (seq, kind, order_id, payload, base_updated_at, created_at,"
        " state, error_message, attempts, last_attempt_at)"
        " SELECT seq, kind, order_id, payload, base_updated_at, created_at, state,"
        " error_message, attempts, last_attempt_at FROM outbox"_s,
        u"DROP TABLE outbox"_s,
        u"ALTER TABLE outbox_v4 RENAME TO outbox"_s,
        u"CREATE INDEX outbox_order ON outbox (order_id)"_s,
        u"CREATE INDEX outbox_state ON outbox (state, seq)"_s,
        u"CREATE TABLE server_copy ("
        " id TEXT PRIMARY KEY NOT NULL,"
        " updated_ms INTEGER,"
        " json TEXT NOT NULL,"
        " has_detail INTEGER NOT NULL DEFAULT 0)"_s,
        // Rows changed by entries of an older version were written over the server's copy;
        // the best honest server copy left is that row, laid over again by the same entries.
        u"INSERT INTO server_copy (id, updated_ms, json, has_detail)"
        " SELECT id, updated_ms, coalesce(detail_json, summary_json), has_detail"
        " FROM work_orders WHERE id IN (SELECT order_id FROM outbox)"
        " AND substr(id, 1, 6) <> 'local-'"_s,
        u"CREATE TABLE id_map ("
        " local_id TEXT PRIMARY KEY NOT NULL,"
        " server_id TEXT NOT NULL)"_s,
    };
}

// Version 5: search over the whole cache. work_orders_search holds, per order (by rowid), the
// words a dispatcher looks for: number, customer name and address, contact name and phone,
// technician, type, description and notes; unicode61 with remove_diacritics folds case and
// accents ("hotel" finds "Hôtel"). It is kept in step inside the same transactions, in two
// moves: triggers note the rows a write touched in work_orders_search_dirty (cheap), and the
// end of every write transaction re-indexes them in one statement
// (searchFlushStatements()). Writing FTS5 rows from the triggers themselves costs several
// times more: each row's statement flushes the index's pending terms.
// Version 7 replaced this index; the step stays as it was, as every step does (its text is
// the same as SearchSql::textExpression() today, kept here so that a later change there
// cannot change this step). A detail that is not valid JSON indexes as empty.
QString version5Fill()
{
    const QString text =
        uR"((SELECT coalesce(w.number, '') || ' ' || coalesce(w.customer_name, '') || ' ' ||
        coalesce(json_extract(d, '$.customer.address'),
                 (SELECT address FROM customers WHERE id = w.customer_id), '') || ' ' ||
        coalesce(json_extract(d, '$.contact.name'), '') || ' ' ||
        coalesce(json_extract(d, '$.contact.phone'), '') || ' ' ||
        coalesce(w.technician_name, '') || ' ' || coalesce(w.work_order_type, '') || ' ' ||
        coalesce(json_extract(d, '$.description'), '') || ' ' ||
        coalesce(json_extract(d, '$.notes'), '')
     FROM (SELECT CASE WHEN json_valid(w.detail_json) THEN w.detail_json ELSE '{}' END AS d)))"_s;
    return u"INSERT INTO work_orders_search (rowid, body) SELECT w.rowid, %1 FROM work_orders w"_s
        .arg(text);
}

QStringList version5()
{
    // An update that leaves the searchable columns alone (a sync seeing an order again, most
    // of the time) notes nothing.
    const QString searchableChanged =
        u"old.number IS NOT new.number OR old.customer_name IS NOT new.customer_name"
        " OR old.customer_id IS NOT new.customer_id"
        " OR old.technician_name IS NOT new.technician_name"
        " OR old.work_order_type IS NOT new.work_order_type"
        " OR old.detail_json IS NOT new.detail_json"_s;
    // Not "INSERT OR IGNORE": an outer statement's conflict rule (an upsert's) overrides a
    // trigger's, so a row noted twice is checked for instead.
    const auto note = [](const QString &row) {
        return u"INSERT INTO work_orders_search_dirty (row) SELECT %1 WHERE NOT EXISTS"
               " (SELECT 1 FROM work_orders_search_dirty WHERE row = %1);"_s.arg(row);
    };
    return {
        u"CREATE VIRTUAL TABLE work_orders_search USING fts5(body,"
        " tokenize = 'unicode61 remove_diacritics 2')"_s,
        u"CREATE TABLE IF NOT EXISTS work_orders_search_dirty (row INTEGER PRIMARY KEY)"_s,
        u"CREATE TRIGGER work_orders_search_insert AFTER INSERT ON work_orders BEGIN %1 END"_s.arg(
            note(u"new.rowid"_s)),
        u"CREATE TRIGGER work_orders_search_update AFTER UPDATE ON work_orders WHEN %1 BEGIN"
        " %2 %3 END"_s.arg(searchableChanged, note(u"old.rowid"_s), note(u"new.rowid"_s)),
        u"CREATE TRIGGER work_orders_search_delete AFTER DELETE ON work_orders BEGIN %1 END"_s.arg(
            note(u"old.rowid"_s)),
        version5Fill(),
    };
}

// Version 6: details complete offline. detail_version is the updated_at (epoch ms) of the
// detail as it was last fetched from the server: a newer list row merged into detail_json moves
// updated_ms on but not this, so the sync knows which details to fetch again. Existing rows get
// none: their details are fetched once more, as nothing tells how old they are.
QStringList version6()
{
    return {u"ALTER TABLE work_orders ADD COLUMN detail_version INTEGER"_s};
}

// Version 7: a search as fast at 200,000 orders as at 2,000 (SearchSql). The index gains a
// second column, facets: the status, customer and technician as tokens, so that a count
// with the filter reads the index alone. search_order holds each order's place in the list
// (list_key, id) in a few bytes a row: a first page joins the matches to it instead of to
// work_orders' wide rows. Both follow the same dirty rows; the update trigger also watches
// the columns they hold.
const QString kCreateSearch = u"CREATE VIRTUAL TABLE work_orders_search USING fts5(body, facets,"
                              " tokenize = 'unicode61 remove_diacritics 2')"_s;
const QString kCreateOrder = u"CREATE TABLE IF NOT EXISTS search_order (row INTEGER PRIMARY KEY,"
                             " list_key INTEGER NOT NULL, id TEXT NOT NULL)"_s;
// The rebuild's dirty table (rebuildSearchStatements()), in version 8's shape (version8()): no
// key, so that noting a row is a plain append.
const QString kCreateDirty =
    u"CREATE TABLE IF NOT EXISTS work_orders_search_dirty (row INTEGER NOT NULL)"_s;

QStringList fillSearch(const QString &onlyRows)
{
    return {u"INSERT INTO work_orders_search (rowid, body, facets) SELECT w.rowid, %1, %2"
            " FROM work_orders w"_s.arg(SearchSql::textExpression(u"w"_s),
                                        SearchSql::facetsExpression(u"w"_s)) +
                onlyRows,
            u"INSERT INTO search_order (row, list_key, id) SELECT w.rowid, w.list_key, w.id"
            " FROM work_orders w"_s +
                onlyRows};
}

QStringList version7()
{
    const QString indexedChanged =
        u"old.number IS NOT new.number OR old.customer_name IS NOT new.customer_name"
        " OR old.customer_id IS NOT new.customer_id"
        " OR old.technician_id IS NOT new.technician_id"
        " OR old.technician_name IS NOT new.technician_name"
        " OR old.work_order_type IS NOT new.work_order_type"
        " OR old.detail_json IS NOT new.detail_json"
        " OR old.status IS NOT new.status OR old.list_key IS NOT new.list_key"_s;
    // Not "INSERT OR IGNORE": an outer statement's conflict rule (an upsert's) overrides a
    // trigger's, so a row noted twice is checked for instead.
    const auto note = [](const QString &row) {
        return u"INSERT INTO work_orders_search_dirty (row) SELECT %1 WHERE NOT EXISTS"
               " (SELECT 1 FROM work_orders_search_dirty WHERE row = %1);"_s.arg(row);
    };
    QStringList statements{
        u"DROP TRIGGER IF EXISTS work_orders_search_update"_s,
        u"DROP TABLE IF EXISTS work_orders_search"_s,
        u"DROP TABLE IF EXISTS search_order"_s,
        kCreateSearch,
        kCreateOrder,
        u"CREATE TRIGGER work_orders_search_update AFTER UPDATE ON work_orders WHEN %1 BEGIN"
        " %2 %3 END"_s.arg(indexedChanged, note(u"old.rowid"_s), note(u"new.rowid"_s)),
    };
    return statements + fillSearch(QString());
}

// Version 8: noting a row for the search index is a plain append. Up to 7 the dirty table had
// the row as its key, and a trigger checked for the row before adding it (NOT EXISTS, since an
// upsert's conflict rule overrides a trigger's OR IGNORE); SQLite copies a SELECT from the
// table being inserted into to a temporary b-tree first, and that cost a full sync about a
// third of its cache time. A row noted twice is harmless: the flush reads the rows through
// IN (SELECT ...), which takes each once.
QStringList version8()
{
    // Step 7's columns, written out again: a step's text never changes once released.
    const QString indexedChanged =
        u"old.number IS NOT new.number OR old.customer_name IS NOT new.customer_name"
        " OR old.customer_id IS NOT new.customer_id"
        " OR old.technician_id IS NOT new.technician_id"
        " OR old.technician_name IS NOT new.technician_name"
        " OR old.work_order_type IS NOT new.work_order_type"
        " OR old.detail_json IS NOT new.detail_json"
        " OR old.status IS NOT new.status OR old.list_key IS NOT new.list_key"_s;
    const auto note = [](const QString &row) {
        return u"INSERT INTO work_orders_search_dirty (row) VALUES (%1);"_s.arg(row);
    };
    return {
        u"DROP TRIGGER IF EXISTS work_orders_search_insert"_s,
        u"DROP TRIGGER IF EXISTS work_orders_search_update"_s,
        u"DROP TRIGGER IF EXISTS work_orders_search_delete"_s,
        u"ALTER TABLE work_orders_search_dirty RENAME TO work_orders_search_dirty_7"_s,
        u"CREATE TABLE work_orders_search_dirty (row INTEGER NOT NULL)"_s,
        u"INSERT INTO work_orders_search_dirty (row) SELECT row FROM work_orders_search_dirty_7"_s,
        u"DROP TABLE work_orders_search_dirty_7"_s,
        u"CREATE TRIGGER work_orders_search_insert AFTER INSERT ON work_orders BEGIN %1 END"_s.arg(
            note(u"new.rowid"_s)),
        u"CREATE TRIGGER work_orders_search_update AFTER UPDATE ON work_orders WHEN %1 BEGIN"
        " %2 %3 END"_s.arg(indexedChanged, note(u"old.rowid"_s), note(u"new.rowid"_s)),
        u"CREATE TRIGGER work_orders_search_delete AFTER DELETE ON work_orders BEGIN %1 END"_s.arg(
            note(u"old.rowid"_s)),
    };
}

} // namespace

QStringList rebuildSearchStatements()
{
    // Dropped, not emptied: a damaged FTS table may refuse even a DELETE.
    return QStringList{u"DROP TABLE IF EXISTS work_orders_search"_s,
                       u"DROP TABLE IF EXISTS search_order"_s, kCreateSearch, kCreateOrder} +
           fillSearch(QString()) +
           QStringList{kCreateDirty, u"DELETE FROM work_orders_search_dirty"_s};
}

QStringList searchFlushStatements()
{
    const QString dirty = u" WHERE w.rowid IN (SELECT row FROM work_orders_search_dirty)"_s;
    return QStringList{u"DELETE FROM work_orders_search WHERE rowid IN"
                       " (SELECT row FROM work_orders_search_dirty)"_s,
                       u"DELETE FROM search_order WHERE row IN"
                       " (SELECT row FROM work_orders_search_dirty)"_s} +
           fillSearch(dirty) + QStringList{u"DELETE FROM work_orders_search_dirty"_s};
}

QStringList stepStatements(int version)
{
    switch (version) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return version3();
    case 4:
        return version4();
    case 5:
        return version5();
    case 6:
        return version6();
    case 7:
        return version7();
    case 8:
        return version8();
    default:
        return {};
    }
}

} // namespace fentu::cacheschema
