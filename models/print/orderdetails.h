#pragma once

#include "print/daysheet.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

namespace fentu {

class ApiClient;
class CacheStore;

/// Fetches the full orders the day sheets need (list rows carry no description, notes,
/// contact or tasks), a few at a time, asynchronously: the server, written through to the
/// cache, or the cache alone. An order that cannot be had gets the reason instead, and the
/// sheet says it; one missing order never stops the others.
class OrderDetails : public QObject
{
    Q_OBJECT
public:
    using Answer = std::function<void(OrderDetail)>;
    /// Fetches one order and answers once, later, unless `context` is destroyed.
    using Fetch = std::function<void(const QString &id, QObject *context, Answer answer)>;
    using Done = std::function<void(QHash<QString, OrderDetail>)>;

    static constexpr int kDefaultInFlight = 4; // the server's patience, and fast enough

    explicit OrderDetails(Fetch fetch, int maxInFlight = kDefaultInFlight,
                          QObject *parent = nullptr);

    /// Fetches every id; `done` runs once with an entry per id. Not reentrant: one load at a
    /// time (a second call drops the first's answer).
    void load(const QStringList &ids, Done done);
    bool isLoading() const { return m_done != nullptr; }

    /// The server's order, each written to `cache` (may be null); when the server fails, the
    /// cached details if there are any.
    static Fetch fromServer(ApiClient *client, CacheStore *cache);
    /// The cached details only.
    static Fetch fromCache(CacheStore *cache);

private:
    void startNext();

    Fetch m_fetch;
    int m_maxInFlight;
    QStringList m_queue;
    int m_inFlight = 0;
    quint64 m_generation = 0;
    QHash<QString, OrderDetail> m_details;
    Done m_done;
};

} // namespace fentu
