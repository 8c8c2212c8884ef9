#pragma once

#include "api/apicall.h"
#include "api/apiresult.h"
#include "api/receivedorderpage.h"
#include "api/retrypolicy.h"
#include "api/workorderquery.h"
#include "domain/customer.h"
#include "domain/newworkorder.h"
#include "domain/page.h"
#include "domain/workorder.h"
#include "domain/workorderpatch.h"

#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace fentu {

/// The asynchronous Work Orders API client. Every call returns at once; its callback runs
/// later on this object's thread, exactly once, unless `context` was destroyed first (or the
/// client itself: destroying the client drops the callbacks of calls still pending).
/// The API key is sent as a Bearer token and never logged.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(ApiResult<T>)>;

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    /// Sets the base URL, path prefix included. Refuses http:// to non-loopback hosts.
    /// Another server than before ends every call made for the old one (cancelAll()).
    std::optional<ApiError> setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const;
    /// The key of the calls made from now on; each call keeps the key it was made with.
    void setApiKey(const QString &apiKey);
    /// Ends every call made so far with Cancelled (answers not yet delivered too).
    void cancelAll();
    bool hasApiKey() const;
    /// Each attempt fails with Kind::Timeout when no data moves for this long. Default 30 s.
    void setTimeout(std::chrono::milliseconds timeout);
    /// How GETs are retried; writes never are.
    void setRetryPolicy(const RetryPolicy &policy);
    RetryPolicy retryPolicy() const;
    /// Limit of requests on the wire at once (others wait in order). Default 6.
    void setMaxConcurrentRequests(int count);
    /// Requests sent and not yet answered (queued calls and retries waiting do not count).
    int requestsOnWire() const;

    ApiCall *listWorkOrders(const WorkOrderQuery &query, QObject *context,
                            Callback<Page<WorkOrderSummary>> done);
    /// listWorkOrders, plus each order's bytes as received (full sync: the cache keeps them).
    /// Decoded on simdjson's fast path when the page is ordinary: the orders' `raw` is then
    /// empty, and the bytes are what to keep (decodeReceivedOrderPage).
    ApiCall *listWorkOrdersAsReceived(const WorkOrderQuery &query, QObject *context,
                                      Callback<ReceivedOrderPage> done);
    ApiCall *getWorkOrder(const QString &id, QObject *context, Callback<WorkOrder> done);
    /// The server answers with a partial order (id, number, status, created_at at least).
    ApiCall *createWorkOrder(const NewWorkOrder &order, QObject *context, Callback<WorkOrder> done);
    ApiCall *updateWorkOrder(const QString &id, const WorkOrderPatch &patch, QObject *context,
                             Callback<WorkOrder> done);
    ApiCall *deleteWorkOrder(const QString &id, QObject *context, Callback<NoContent> done);

    ApiCall *listCustomers(const CustomerQuery &query, QObject *context,
                           Callback<Page<Customer>> done);
    ApiCall *getCustomer(const QString &id, QObject *context, Callback<Customer> done);
    ApiCall *listTechnicians(int page, int perPage, QObject *context,
                             Callback<Page<Technician>> done);

signals:
    /// The number of requests on the wire changed (for a busy indicator, and for tests).
    void requestsOnWireChanged(int count);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace fentu
