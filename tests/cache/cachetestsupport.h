#pragma once

// Shared by the cache tests: waiting for a CacheStore callback, and orders built the way the
// server sends them (JSON decoded by the real codec).

#include "await.h"

#include "cache/cachestore.h"
#include "domain/codec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>
#include <optional>

namespace fentu::test {

/// The error's technical detail, or "" when `result` succeeded (for QVERIFY2 messages,
/// which are evaluated either way).
template <typename Result> QString failureText(const Result &result)
{
    return result.isOk() ? QString() : result.error().technicalDetail();
}

/// The fields a test sets on an order; everything else takes a fixed value.
struct OrderSpec
{
    QString id;
    QString status = QStringLiteral("open");
    QString customerId = QStringLiteral("cust-001");
    QString customerName = QStringLiteral("Acme Corp");
    QString technicianId; // empty: unassigned
    QString technicianName;
    QDateTime scheduled; // invalid: unscheduled
    QString priority = QStringLiteral("high");
};

inline QJsonObject orderJson(const OrderSpec &spec)
{
    using namespace Qt::StringLiterals;
    QJsonObject json{
        {u"id"_s, spec.id},
        {u"work_order_number"_s, u"WO-2024-"_s + spec.id.right(3)},
        {u"status"_s, spec.status},
        {u"priority"_s, spec.priority},
        {u"customer"_s, QJsonObject{{u"id"_s, spec.customerId}, {u"name"_s, spec.customerName}}},
        {u"scheduled_date"_s, codec::encodeDateTime(spec.scheduled)},
        {u"estimated_duration"_s, 90},
        {u"work_order_type"_s, u"service"_s},
        {u"created_at"_s, u"2024-01-20T14:30:00Z"_s},
        {u"updated_at"_s, u"2024-01-25T10:15:00Z"_s},
        {u"x_vendor_field"_s, u"kept"_s}, // unknown fields must survive the cache
    };
    json[u"technician"_s] = spec.technicianId.isEmpty()
                                ? QJsonValue(QJsonValue::Null)
                                : QJsonValue(QJsonObject{{u"id"_s, spec.technicianId},
                                                         {u"name"_s, spec.technicianName}});
    return json;
}

inline WorkOrderSummary summaryFrom(const QJsonObject &json)
{
    auto decoded = codec::decodeWorkOrderSummary(json);
    if (!decoded)
        qFatal("test order does not decode: %s", qPrintable(decoded.error()));
    return std::move(decoded).value();
}

inline WorkOrderSummary summary(const OrderSpec &spec)
{
    return summaryFrom(orderJson(spec));
}

/// A full order as `GET /work-orders/{id}` sends it.
inline WorkOrder detail(const OrderSpec &spec, const QString &description)
{
    using namespace Qt::StringLiterals;
    QJsonObject json = orderJson(spec);
    QJsonObject customer = json[u"customer"_s].toObject();
    customer[u"address"_s] = u"123 Main St, City, ST 12345"_s;
    json[u"customer"_s] = customer;
    json[u"description"_s] = description;
    json[u"contact"_s] = QJsonObject{{u"id"_s, u"contact-001"_s},
                                     {u"name"_s, u"John Smith"_s},
                                     {u"phone"_s, u"+1-555-123-4567"_s}};
    json[u"tasks"_s] = QJsonArray{QJsonObject{
        {u"id"_s, u"task-001"_s}, {u"name"_s, u"Inspect filters"_s}, {u"status"_s, u"pending"_s}}};
    auto decoded = codec::decodeWorkOrder(json);
    if (!decoded)
        qFatal("test detail does not decode: %s", qPrintable(decoded.error()));
    return std::move(decoded).value();
}

inline QStringList idsOf(const QList<WorkOrderSummary> &orders)
{
    QStringList ids;
    for (const WorkOrderSummary &order : orders)
        ids.append(order.id);
    return ids;
}

/// A CacheStore on `directory`, opened for `server`; null (with a warning) when it did not open.
inline std::unique_ptr<CacheStore> openedStore(const QString &directory, const QUrl &server)
{
    auto store = std::make_unique<CacheStore>(directory);
    const auto report =
        await<CacheOpenReport>([&](auto done) { store->open(server, nullptr, done); });
    if (report.outcome != CacheOpenReport::Outcome::Opened) {
        qWarning() << "the cache did not open:" << report.message;
        return nullptr;
    }
    return store;
}

/// Every page of `query` from the cache, concatenated (stops on an empty page).
inline QList<WorkOrderSummary> allCachedPages(CacheStore &store, WorkOrderQuery query,
                                              PageMeta *firstMeta = nullptr)
{
    QList<WorkOrderSummary> all;
    for (query.page = 1;; ++query.page) {
        auto page = await<CacheResult<Page<WorkOrderSummary>>>(
            [&](auto done) { store.queryPage(query, nullptr, done); });
        if (!page) {
            qWarning() << "cache page failed:" << page.error().technicalDetail();
            return {};
        }
        if (query.page == 1 && firstMeta)
            *firstMeta = page.value().meta;
        if (page.value().items.isEmpty())
            return all;
        all.append(page.value().items);
    }
}

} // namespace fentu::test
