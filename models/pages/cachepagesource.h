#pragma once

#include "cache/cacheerror.h"
#include "pages/workorderpagesource.h"

#include <QPointer>

namespace fentu {

class CacheStore;

/// Offline paging: WorkOrderTableModel pages the cache through this exactly as it pages the
/// API, with the same queries, rows, order and meta.
class CachePageSource : public WorkOrderPageSource
{
    Q_OBJECT
public:
    /// `store` is not owned and must outlive the calls in flight (the store's destruction
    /// simply means no more callbacks).
    explicit CachePageSource(CacheStore *store, QObject *parent = nullptr);

    ApiCall *fetchPage(const WorkOrderQuery &query, QObject *context, PageCallback done) override;

    /// While not empty, pages hold only the orders whose searchable text matches `text`
    /// (CacheStore::searchPage): the search over every cached order.
    void setSearchText(const QString &text) { m_searchText = text; }
    QString searchText() const { return m_searchText; }

signals:
    /// A page failed in the cache; carries the cache's own plain-words message, which the
    /// ApiError handed to the model cannot express.
    void cacheFailed(const fentu::CacheError &error);

private:
    QPointer<CacheStore> m_store;
    QString m_searchText;
};

} // namespace fentu
