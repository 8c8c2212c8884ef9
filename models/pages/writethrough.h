#pragma once

#include "api/apiclient.h"
#include "domain/workorder.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace fentu {

class CacheStore;

/// Writes details fetched online into the cache, so that they stay readable offline (list
/// pages go through WriteThroughPageSource). The writes run on the cache's thread; nobody
/// waits for them.
class WriteThrough : public QObject
{
    Q_OBJECT
public:
    /// `store` is not owned; a store destroyed meanwhile just means nothing is written.
    explicit WriteThrough(CacheStore *store, QObject *parent = nullptr);

    /// Upserts a fetched detail.
    void writeDetail(const WorkOrder &order);
    /// GET /work-orders/{id}, written through when it arrives, then handed to `done`.
    ApiCall *fetchDetail(ApiClient *client, const QString &id, QObject *context,
                         ApiClient::Callback<WorkOrder> done);

    /// Another server is used from now on: writes of the last one still on their way are no
    /// longer reported, nor is the next server's cache read for their callers.
    void leaveServer();

    /// When the last write through completed (UTC); invalid before the first.
    QDateTime lastWrittenAt() const { return m_lastWrittenAt; }

signals:
    /// A write through completed (UTC time): the cache now holds data this fresh.
    void written(const QDateTime &at);

private:
    void noteWritten();

    QPointer<CacheStore> m_store;
    QDateTime m_lastWrittenAt;
    int m_server = 0; // counts leaveServer()
};

} // namespace fentu
