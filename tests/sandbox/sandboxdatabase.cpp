#include "sandboxdatabase.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace fentu::sandbox {

namespace {

std::atomic<int> connectionCounter{0};
constexpr int schemaVersion = 1;

// Ids are opaque strings, unique over the work orders AND the trash; `seq` gives the order
// "then by id" a meaning that does not depend on string collation.
const QStringList tables{
    u"CREATE TABLE IF NOT EXISTS customers (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, "
    "name TEXT NOT NULL, address TEXT NOT NULL)"_s,
    u"CREATE TABLE IF NOT EXISTS contacts (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, "
    "customer_id TEXT NOT NULL, name TEXT NOT NULL, phone TEXT NOT NULL, email TEXT NOT NULL)"_s,
    u"CREATE TABLE IF NOT EXISTS technicians (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, "
    "name TEXT NOT NULL, active INTEGER NOT NULL)"_s,
    u"CREATE TABLE IF NOT EXISTS work_orders (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, "
    "number TEXT NOT NULL, status TEXT NOT NULL, priority TEXT NOT NULL, "
    "work_order_type TEXT NOT NULL, description TEXT, notes TEXT, "
    "customer_id TEXT NOT NULL, contact_id TEXT, technician_id TEXT, scheduled_date TEXT, "
    "estimated_duration INTEGER, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
    "sort_key INTEGER NOT NULL)"_s,
    u"CREATE TABLE IF NOT EXISTS trash (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, "
    "number TEXT NOT NULL, status TEXT NOT NULL, priority TEXT NOT NULL, "
    "work_order_type TEXT NOT NULL, description TEXT, notes TEXT, "
    "customer_id TEXT NOT NULL, contact_id TEXT, technician_id TEXT, scheduled_date TEXT, "
    "estimated_duration INTEGER, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
    "sort_key INTEGER NOT NULL, trashed_at TEXT NOT NULL)"_s,
    // Clustered by work order: a detail reads its tasks in one range, and the seed appends.
    u"CREATE TABLE IF NOT EXISTS tasks (work_order_seq INTEGER NOT NULL, seq INTEGER NOT NULL, "
    "id TEXT NOT NULL, name TEXT NOT NULL, status TEXT NOT NULL, "
    "PRIMARY KEY (work_order_seq, seq)) WITHOUT ROWID"_s,
    u"CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)"_s,
};

// Created after a bulk seed: maintaining them row by row would triple the seeding time.
const QStringList indexes{
    u"CREATE UNIQUE INDEX IF NOT EXISTS customers_id ON customers(id)"_s,
    u"CREATE INDEX IF NOT EXISTS customers_name ON customers(name COLLATE NOCASE, seq)"_s,
    u"CREATE UNIQUE INDEX IF NOT EXISTS contacts_id ON contacts(id)"_s,
    u"CREATE INDEX IF NOT EXISTS contacts_customer ON contacts(customer_id, seq)"_s,
    u"CREATE UNIQUE INDEX IF NOT EXISTS technicians_id ON technicians(id)"_s,
    u"CREATE UNIQUE INDEX IF NOT EXISTS work_orders_id ON work_orders(id)"_s,
    // sort_key orders the list (see WorkOrderStore); SQLite appends the rowid (seq) to every
    // index, so each of these yields a page, filtered by its first column or not, in list
    // order without sorting.
    u"CREATE INDEX IF NOT EXISTS work_orders_order ON work_orders(sort_key)"_s,
    u"CREATE INDEX IF NOT EXISTS work_orders_status ON work_orders(status, sort_key)"_s,
    u"CREATE INDEX IF NOT EXISTS work_orders_customer ON work_orders(customer_id, sort_key)"_s,
    u"CREATE INDEX IF NOT EXISTS work_orders_technician ON work_orders(technician_id, "
    "sort_key)"_s,
    u"CREATE UNIQUE INDEX IF NOT EXISTS trash_id ON trash(id)"_s,
};

} // namespace

SandboxDatabase::SandboxDatabase()
    : m_connectionName(u"fentu-sandbox-%1"_s.arg(connectionCounter.fetch_add(1)))
{}

SandboxDatabase::~SandboxDatabase()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SandboxDatabase::open(const QString &path, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    // QtSql binds and reads text as UTF-16; storing it so saves SQLite a conversion per value.
    // (Only takes effect on a new database.)
    if (!exec(u"PRAGMA encoding = 'UTF-16le'"_s, error))
        return false;
    if (path != u":memory:"_s && !exec(u"PRAGMA journal_mode=WAL"_s, error))
        return false;
    // Index builds sort in memory instead of spilling to temporary files.
    if (!exec(u"PRAGMA temp_store = MEMORY"_s, error) ||
        !exec(u"PRAGMA cache_size = -65536"_s, error)) {
        return false;
    }
    for (const QString &statement : tables) {
        if (!exec(statement, error))
            return false;
    }
    return checkSchemaVersion(error);
}

bool SandboxDatabase::checkSchemaVersion(QString *error)
{
    // A file written by an older sandbox is refused rather than misread; it is test data.
    const QString counter = u"schema"_s;
    QSqlQuery query(connection());
    query.prepare(u"SELECT value FROM counters WHERE name = ?"_s);
    query.addBindValue(counter);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    if (query.next()) {
        if (query.value(0).toInt() == schemaVersion)
            return true;
    } else if (isEmpty()) {
        return setValue(counter, schemaVersion, error);
    }
    *error = u"%1 was written by another version of fentu-sandbox; delete it"_s.arg(
        connection().databaseName());
    return false;
}

bool SandboxDatabase::createIndexes(QString *error)
{
    for (const QString &statement : indexes) {
        if (!exec(statement, error))
            return false;
    }
    // Statistics let SQLite choose between the status index and the ordering index.
    return exec(u"ANALYZE work_orders"_s, error);
}

bool SandboxDatabase::isEmpty() const
{
    QSqlQuery query(connection());
    return query.exec(u"SELECT 1 FROM customers LIMIT 1"_s) && !query.next();
}

QSqlDatabase SandboxDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool SandboxDatabase::exec(const QString &statement, QString *error) const
{
    QSqlQuery query(connection());
    if (query.exec(statement))
        return true;
    *error = u"%1 (%2)"_s.arg(query.lastError().text(), statement.left(60));
    return false;
}

qint64 SandboxDatabase::nextValue(const QString &counter, QString *error) const
{
    QSqlQuery query(connection());
    query.prepare(u"INSERT INTO counters(name, value) VALUES(?, 1) "
                  "ON CONFLICT(name) DO UPDATE SET value = value + 1"_s);
    query.addBindValue(counter);
    if (!query.exec()) {
        *error = query.lastError().text();
        return -1;
    }
    query.prepare(u"SELECT value FROM counters WHERE name = ?"_s);
    query.addBindValue(counter);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

bool SandboxDatabase::setValue(const QString &counter, qint64 value, QString *error) const
{
    QSqlQuery query(connection());
    query.prepare(u"INSERT INTO counters(name, value) VALUES(?, ?) "
                  "ON CONFLICT(name) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(counter);
    query.addBindValue(value);
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace fentu::sandbox
