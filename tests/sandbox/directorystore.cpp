#include "directorystore.h"

#include "sandboxdatabase.h"
#include "sandboxlogging.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fentu::sandbox {

namespace {

bool run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qCWarning(lcSandbox) << "query failed:" << query.lastError().text();
    return false;
}

QString likePattern(const QString &fragment)
{
    QString escaped = fragment;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u"%"_s + escaped + u"%"_s;
}

} // namespace

DirectoryStore::DirectoryStore(SandboxDatabase &database) : m_database(database) {}

std::optional<StoredPage> DirectoryStore::customers(const std::optional<QString> &search,
                                                    const PageRequest &page) const
{
    // SQLite's LIKE ignores case for ASCII letters, which is what the assumption asks.
    const QString where = search ? u" WHERE name LIKE ? ESCAPE '\\'"_s : QString();
    StoredPage result;
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT COUNT(*) FROM customers"_s + where);
    if (search)
        query.addBindValue(likePattern(*search));
    if (!run(query) || !query.next())
        return std::nullopt;
    result.totalCount = query.value(0).toLongLong();

    query.prepare(u"SELECT id, name, address FROM customers"_s + where +
                  u" ORDER BY name COLLATE NOCASE, seq LIMIT ? OFFSET ?"_s);
    if (search)
        query.addBindValue(likePattern(*search));
    query.addBindValue(page.perPage);
    query.addBindValue(page.offset());
    if (!run(query))
        return std::nullopt;
    while (query.next()) {
        result.rows.append(QJsonObject{{u"id"_s, query.value(0).toString()},
                                       {u"name"_s, query.value(1).toString()},
                                       {u"address"_s, query.value(2).toString()}});
    }
    return result;
}

std::optional<QJsonObject> DirectoryStore::customer(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT name, address FROM customers WHERE id = ?"_s);
    query.addBindValue(id);
    if (!run(query) || !query.next())
        return std::nullopt;
    QJsonObject customer{{u"id"_s, id},
                         {u"name"_s, query.value(0).toString()},
                         {u"address"_s, query.value(1).toString()}};

    query.prepare(u"SELECT id, name, phone, email FROM contacts WHERE customer_id = ? "
                  "ORDER BY seq"_s);
    query.addBindValue(id);
    if (!run(query))
        return std::nullopt;
    QJsonArray contacts;
    while (query.next()) {
        contacts.append(QJsonObject{{u"id"_s, query.value(0).toString()},
                                    {u"name"_s, query.value(1).toString()},
                                    {u"phone"_s, query.value(2).toString()},
                                    {u"email"_s, query.value(3).toString()}});
    }
    customer.insert(u"contacts"_s, contacts);
    return customer;
}

std::optional<StoredPage> DirectoryStore::technicians(const PageRequest &page) const
{
    StoredPage result;
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT COUNT(*) FROM technicians"_s);
    if (!run(query) || !query.next())
        return std::nullopt;
    result.totalCount = query.value(0).toLongLong();

    query.prepare(u"SELECT id, name, active FROM technicians ORDER BY name, seq "
                  "LIMIT ? OFFSET ?"_s);
    query.addBindValue(page.perPage);
    query.addBindValue(page.offset());
    if (!run(query))
        return std::nullopt;
    while (query.next()) {
        result.rows.append(QJsonObject{{u"id"_s, query.value(0).toString()},
                                       {u"name"_s, query.value(1).toString()},
                                       {u"active"_s, query.value(2).toBool()}});
    }
    return result;
}

bool DirectoryStore::customerExists(const QString &id) const
{
    return exists(u"customers"_s, id);
}

bool DirectoryStore::technicianExists(const QString &id) const
{
    return exists(u"technicians"_s, id);
}

std::optional<QString> DirectoryStore::customerOfContact(const QString &contactId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT customer_id FROM contacts WHERE id = ?"_s);
    query.addBindValue(contactId);
    if (!run(query) || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

bool DirectoryStore::exists(const QString &table, const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(table));
    query.addBindValue(id);
    return run(query) && query.next();
}

} // namespace fentu::sandbox
