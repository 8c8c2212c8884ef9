#include "api/apiclient.h"

#include "api/baseurl.h"
#include "api/pendingcall.h"
#include "api/requestrunner.h"
#include "domain/codec.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

QString segment(const QString &id)
{
    // Encodes '/', '?', '#' too: an id can never step outside its resource. Not '.': QUrl
    // decodes "%2E" back to '.', so "." and ".." cannot be sent (see checkId()).
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}


} // namespace

class ApiClient::Private
{
public:
    explicit Private(ApiClient *q)
        : manager(new QNetworkAccessManager(q)), runner(new RequestRunner(manager, q)),
          baseError(checkBaseUrl(QUrl()).error)
    {
        manager->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
        // One thread keeps the decodes in the order the bodies came, and leaves the other
        // core to the event loop (and, on a small machine, to the server).
        decodePool.setMaxThreadCount(1);
    }

    QUrl url(const QString &encodedPath, const QUrlQuery &query = {}) const
    {
        QUrl result = baseUrl;
        result.setPath(baseUrl.path(QUrl::FullyEncoded) + encodedPath, QUrl::TolerantMode);
        if (!query.isEmpty())
            result.setQuery(query);
        return result;
    }

    template <typename T>
    ApiCall *send(ApiRequest request, QObject *context,
                  std::function<Decoded<T>(const QJsonObject &)> decode, Callback<T> done);
    /// As send(), with `decode` run on the decode thread: a big body no longer holds up the
    /// caller's thread (nor the next request). `decode` must be a pure function.
    template <typename T>
    ApiCall *sendDecodingOffThread(ApiRequest request, QObject *context,
                                   Decoded<T> (*decode)(const QByteArray &), Callback<T> done);
    template <typename T> ApiCall *refuse(ApiError error, QObject *context, Callback<T> done);
    /// The base URL's own error, about this request, when the URL is unusable.
    std::optional<ApiError> baseErrorFor(const ApiRequest &request) const
    {
        if (!baseError)
            return std::nullopt;
        ApiError error = *baseError;
        error.setSubject(request.subject);
        return error;
    }
    /// Hands the call's outcome to `done` once: the error, or the value the decoder left.
    template <typename T>
    static Completion deliver(std::shared_ptr<std::optional<T>> value, Callback<T> done)
    {
        return [value = std::move(value), done = std::move(done)](const ApiError &error) {
            if (!done)
                return;
            if (error.isError())
                done(ApiResult<T>(error));
            else
                done(ApiResult<T>(std::move(**value)));
        };
    }

    /// Ids that would address another resource are refused without a request, as a thing
    /// that does not exist: an empty id turns "/work-orders/{id}" into the list's address, and
    /// "." and ".." are dot segments that QNetworkAccessManager removes ("/work-orders/." is
    /// the list, "/work-orders/.." the API root). Percent-encoding cannot save them: QUrl
    /// decodes "%2E" back to '.' before the request is sent.
    static std::optional<ApiError> checkId(const QString &id,
                                           ApiError::Subject subject = ApiError::Subject::WorkOrder)
    {
        QString why;
        if (id.trimmed().isEmpty())
            why = u"empty id; not sent"_s;
        else if (id == u"."_s || id == u".."_s)
            why = u"id \"%1\" is a dot segment; not sent"_s.arg(id);
        else
            return std::nullopt;
        ApiError error = ApiError::http(404, u"not_found"_s, why, {});
        error.setSubject(subject);
        return error;
    }

    QNetworkAccessManager *manager; // a child of the client
    RequestRunner *runner;          // a child of the client, deleted before the manager
    QUrl baseUrl;
    std::optional<ApiError> baseError;
    // Declared last, so destroyed first: waits for a decode still running (one page at most).
    QThreadPool decodePool;
};

template <typename T>
ApiCall *ApiClient::Private::send(ApiRequest request, QObject *context,
                                  std::function<Decoded<T>(const QJsonObject &)> decode,
                                  Callback<T> done)
{
    if (std::optional<ApiError> error = baseErrorFor(request))
        return refuse<T>(std::move(*error), context, std::move(done));
    // The decoded value waits here between the decoder (which may run once per attempt) and
    // the single delivery.
    auto value = std::make_shared<std::optional<T>>();
    BodyDecoder decoder = [value, decode = std::move(decode)](const QByteArray &body) {
        Decoded<QJsonObject> object = codec::parseObject(body);
        if (!object)
            return std::optional<QString>(object.error());
        Decoded<T> decoded = decode(object.value());
        if (!decoded)
            return std::optional<QString>(decoded.error());
        *value = std::move(decoded).value();
        return std::optional<QString>();
    };
    return runner->submit(std::move(request), context, std::move(decoder),
                          deliver<T>(value, std::move(done)));
}

template <typename T>
ApiCall *ApiClient::Private::sendDecodingOffThread(ApiRequest request, QObject *context,
                                                   Decoded<T> (*decode)(const QByteArray &),
                                                   Callback<T> done)
{
    if (std::optional<ApiError> error = baseErrorFor(request))
        return refuse<T>(std::move(*error), context, std::move(done));
    // Written on this thread only, by the watcher's slot; the decode thread only returns.
    auto value = std::make_shared<std::optional<T>>();
    AsyncBodyDecoder decoder = [this, value, decode](const QByteArray &body, QObject *guard,
                                                     DecodeDone decoded) {
        auto *watcher = new QFutureWatcher<Decoded<T>>(guard);
        QObject::connect(watcher, &QFutureWatcherBase::finished, guard,
                         [watcher, value, decoded = std::move(decoded)] {
                             Decoded<T> result = watcher->future().takeResult();
                             watcher->deleteLater();
                             if (!result) {
                                 decoded(result.error());
                                 return;
                             }
                             *value = std::move(result).value();
                             decoded(std::nullopt);
                         });
        watcher->setFuture(QtConcurrent::run(&decodePool, decode, body));
    };
    return runner->submitDecodingOffThread(std::move(request), context, std::move(decoder),
                                           deliver<T>(value, std::move(done)));
}

template <typename T>
ApiCall *ApiClient::Private::refuse(ApiError error, QObject *context, Callback<T> done)
{
    Completion complete = [done = std::move(done)](const ApiError &failure) {
        if (done)
            done(ApiResult<T>(failure));
    };
    return runner->refuse(std::move(error), context, std::move(complete));
}

ApiClient::ApiClient(QObject *parent) : QObject(parent), d(std::make_unique<Private>(this))
{
    connect(d->runner, &RequestRunner::requestsOnWireChanged, this,
            &ApiClient::requestsOnWireChanged);
}

ApiClient::~ApiClient()
{
    // The runner aborts its replies while the manager that owns them is still alive.
    delete d->runner;
}

std::optional<ApiError> ApiClient::setBaseUrl(const QUrl &baseUrl)
{
    BaseUrlCheck check = checkBaseUrl(baseUrl);
    // A call made for the old server must neither reach it later (a retry) nor be answered
    // into the new server's world.
    if (!check.error && check.url != d->baseUrl && !d->baseUrl.isEmpty())
        cancelAll();
    d->baseUrl = check.url;
    d->baseError = check.error;
    return check.error;
}

QUrl ApiClient::baseUrl() const
{
    return d->baseUrl;
}

void ApiClient::setApiKey(const QString &apiKey)
{
    d->runner->setApiKey(apiKey);
}

void ApiClient::cancelAll()
{
    d->runner->cancelAll();
}

bool ApiClient::hasApiKey() const
{
    return d->runner->hasApiKey();
}

void ApiClient::setTimeout(std::chrono::milliseconds timeout)
{
    d->runner->setTimeout(timeout);
}

void ApiClient::setRetryPolicy(const RetryPolicy &policy)
{
    d->runner->setRetryPolicy(policy);
}

RetryPolicy ApiClient::retryPolicy() const
{
    return d->runner->retryPolicy();
}

void ApiClient::setMaxConcurrentRequests(int count)
{
    d->runner->setMaxConcurrentRequests(count);
}

int ApiClient::requestsOnWire() const
{
    return d->runner->requestsOnWire();
}

ApiCall *ApiClient::listWorkOrders(const WorkOrderQuery &query, QObject *context,
                                   Callback<Page<WorkOrderSummary>> done)
{
    ApiRequest request{
        "GET", d->url(u"/work-orders"_s, query.toUrlQuery()), {}, ApiError::Subject::List};
    return d->send<Page<WorkOrderSummary>>(std::move(request), context, &codec::decodeWorkOrderPage,
                                           std::move(done));
}

ApiCall *ApiClient::listWorkOrdersAsReceived(const WorkOrderQuery &query, QObject *context,
                                             Callback<ReceivedOrderPage> done)
{
    ApiRequest request{
        "GET", d->url(u"/work-orders"_s, query.toUrlQuery()), {}, ApiError::Subject::List};
    return d->sendDecodingOffThread<ReceivedOrderPage>(std::move(request), context,
                                                       &decodeReceivedOrderPage, std::move(done));
}

ApiCall *ApiClient::getWorkOrder(const QString &id, QObject *context, Callback<WorkOrder> done)
{
    if (std::optional<ApiError> invalid = Private::checkId(id))
        return d->refuse<WorkOrder>(*invalid, context, std::move(done));
    ApiRequest request{
        "GET", d->url(u"/work-orders/"_s + segment(id)), {}, ApiError::Subject::WorkOrder};
    return d->send<WorkOrder>(std::move(request), context, &codec::decodeWorkOrderEnvelope,
                              std::move(done));
}

ApiCall *ApiClient::createWorkOrder(const NewWorkOrder &order, QObject *context,
                                    Callback<WorkOrder> done)
{
    ApiRequest request{"POST", d->url(u"/work-orders"_s), toJson(codec::encode(order)),
                       ApiError::Subject::Other};
    return d->send<WorkOrder>(std::move(request), context, &codec::decodeWorkOrderEnvelope,
                              std::move(done));
}

ApiCall *ApiClient::updateWorkOrder(const QString &id, const WorkOrderPatch &patch,
                                    QObject *context, Callback<WorkOrder> done)
{
    if (std::optional<ApiError> invalid = Private::checkId(id))
        return d->refuse<WorkOrder>(*invalid, context, std::move(done));
    ApiRequest request{"PUT", d->url(u"/work-orders/"_s + segment(id)), toJson(patch.toJson()),
                       ApiError::Subject::WorkOrder};
    return d->send<WorkOrder>(std::move(request), context, &codec::decodeWorkOrderEnvelope,
                              std::move(done));
}

ApiCall *ApiClient::deleteWorkOrder(const QString &id, QObject *context, Callback<NoContent> done)
{
    if (std::optional<ApiError> invalid = Private::checkId(id))
        return d->refuse<NoContent>(*invalid, context, std::move(done));
    ApiRequest request{
        "DELETE", d->url(u"/work-orders/"_s + segment(id)), {}, ApiError::Subject::WorkOrder};
    if (d->baseError)
        return d->refuse<NoContent>(*d->baseError, context, std::move(done));
    // 204 carries no body; whatever a server sends with a 2xx is ignored.
    Completion complete = [done = std::move(done)](const ApiError &error) {
        if (!done)
            return;
        if (error.isError())
            done(ApiResult<NoContent>(error));
        else
            done(ApiResult<NoContent>(NoContent{}));
    };
    return d->runner->submit(
        std::move(request), context, [](const QByteArray &) { return std::optional<QString>(); },
        std::move(complete));
}

ApiCall *ApiClient::listCustomers(const CustomerQuery &query, QObject *context,
                                  Callback<Page<Customer>> done)
{
    ApiRequest request{
        "GET", d->url(u"/customers"_s, query.toUrlQuery()), {}, ApiError::Subject::List};
    return d->send<Page<Customer>>(std::move(request), context, &codec::decodeCustomerPage,
                                   std::move(done));
}

ApiCall *ApiClient::getCustomer(const QString &id, QObject *context, Callback<Customer> done)
{
    if (std::optional<ApiError> invalid = Private::checkId(id, ApiError::Subject::Customer))
        return d->refuse<Customer>(*invalid, context, std::move(done));
    ApiRequest request{
        "GET", d->url(u"/customers/"_s + segment(id)), {}, ApiError::Subject::Customer};
    return d->send<Customer>(std::move(request), context, &codec::decodeCustomerEnvelope,
                             std::move(done));
}

ApiCall *ApiClient::listTechnicians(int page, int perPage, QObject *context,
                                    Callback<Page<Technician>> done)
{
    QUrlQuery query;
    query.addQueryItem(u"page"_s, QString::number(page));
    query.addQueryItem(u"per_page"_s, QString::number(perPage));
    ApiRequest request{"GET", d->url(u"/technicians"_s, query), {}, ApiError::Subject::List};
    return d->send<Page<Technician>>(std::move(request), context, &codec::decodeTechnicianPage,
                                     std::move(done));
}

} // namespace fentu
