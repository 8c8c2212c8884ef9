#include "api/requestrunner.h"

#include "api/oneshotbody.h"

#include "api/baseurl.h"
#include "api/apilogging.h"
#include "api/pendingcall.h"
#include "api/replyerror.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QScopedValueRollback>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

namespace fentu {

namespace {

// The codec refuses bodies over this size anyway; stop downloading them instead of buffering.
constexpr qint64 kMaxBodyBytes = 64 * 1024 * 1024;

const char *kindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return "ok";
    case ApiError::Kind::Http:
        return "http";
    case ApiError::Kind::ConnectionRefused:
        return "connection-refused";
    case ApiError::Kind::HostNotFound:
        return "host-not-found";
    case ApiError::Kind::Tls:
        return "tls";
    case ApiError::Kind::Timeout:
        return "timeout";
    case ApiError::Kind::Cancelled:
        return "cancelled";
    case ApiError::Kind::MalformedBody:
        return "malformed-body";
    case ApiError::Kind::InsecureUrl:
        return "insecure-url";
    case ApiError::Kind::Network:
        return "network";
    case ApiError::Kind::LocalStorage:
        return "local-storage";
    }
    return "?";
}

// "GET /api/v1/work-orders", as logs show a request.
QString describe(const PendingCall &call)
{
    return QString::fromLatin1(call.request().verb) + u' ' +
           call.request().url.path(QUrl::FullyEncoded);
}

QNetworkRequest buildRequest(const ApiRequest &request, milliseconds timeout)
{
    QNetworkRequest http(request.url);
    if (!request.apiKey.isEmpty())
        http.setRawHeader("Authorization", "Bearer " + request.apiKey.toUtf8());
    http.setRawHeader("Accept", "application/json");
    http.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("FentuDesk/" FENTU_VERSION));
    if (request.verb == "POST" || request.verb == "PUT")
        http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    http.setTransferTimeout(static_cast<int>(timeout.count()));
    // A redirect elsewhere would carry the key to a host nobody configured.
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::SameOriginRedirectPolicy);
    return http;
}

} // namespace

RequestRunner::RequestRunner(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent), m_manager(manager)
{}

RequestRunner::~RequestRunner()
{
    m_shuttingDown = true;
    // Deleted here, while the runner is whole, rather than by ~QObject: a call's destructor
    // hands its slot back to this object. Their callbacks never run.
    const QList<PendingCall *> calls = findChildren<PendingCall *>(Qt::FindDirectChildrenOnly);
    for (PendingCall *call : calls)
        delete call;
}

void RequestRunner::setApiKey(const QString &apiKey)
{
    // A header value must be visible ASCII: a pasted newline could inject header lines, and a
    // stray non-breaking space would only make the key fail in a puzzling way.
    QString clean;
    for (const QChar c : apiKey.trimmed()) {
        if (c.unicode() > 0x20 && c.unicode() < 0x7f)
            clean += c;
    }
    m_apiKey = clean;
}

void RequestRunner::setTimeout(milliseconds timeout)
{
    // 0 would switch QNetworkRequest's transfer timeout off entirely.
    m_timeout = std::clamp(timeout, milliseconds(1), milliseconds(std::numeric_limits<int>::max()));
}

void RequestRunner::setMaxConcurrentRequests(int count)
{
    m_maxOnWire = std::max(1, count);
    pump();
}

PendingCall *RequestRunner::submit(ApiRequest request, QObject *context, BodyDecoder decode,
                                   Completion complete)
{
    // URL and key belong together from here on: a retry goes where the first attempt went,
    // with the same key, even if the client is given another key meanwhile.
    request.apiKey = m_apiKey;
    auto *call =
        new PendingCall(this, std::move(request), context, std::move(decode), std::move(complete));
    if (context) {
        connect(context, &QObject::destroyed, call, [this, call] {
            if (call->state() == PendingCall::State::Done)
                return; // its delivery is queued and will see the context gone
            release(call);
            call->abandon();
        });
    }
    m_queue.push_back(call);
    pump();
    return call;
}

PendingCall *RequestRunner::submitDecodingOffThread(ApiRequest request, QObject *context,
                                                    AsyncBodyDecoder decode, Completion complete)
{
    PendingCall *call = submit(std::move(request), context, {}, std::move(complete));
    call->setAsyncDecoder(std::move(decode));
    return call;
}

PendingCall *RequestRunner::refuse(ApiError error, QObject *context, Completion complete)
{
    auto *call = new PendingCall(this, ApiRequest{}, context, {}, std::move(complete));
    call->completeLater(std::move(error));
    return call;
}

void RequestRunner::cancelAll()
{
    // Nothing may start while they go: each cancel frees a slot, and pump() would send the
    // next queued call of the old server (a PUT, say) before its own turn to be cancelled.
    const QScopedValueRollback holdBack(m_holdingBack, true);
    const QList<PendingCall *> calls = findChildren<PendingCall *>(Qt::FindDirectChildrenOnly);
    for (PendingCall *call : calls) {
        if (call->state() == PendingCall::State::Done)
            call->revoke();
        else
            cancel(call);
    }
}

void RequestRunner::cancel(PendingCall *call)
{
    release(call);
    ApiError error = ApiError::transport(ApiError::Kind::Cancelled, u"cancelled by the caller"_s);
    error.setAttempts(call->attempts());
    error.setSubject(call->request().subject);
    qCDebug(lcApi, "%s cancelled", qUtf8Printable(describe(*call)));
    call->completeLater(std::move(error));
}

void RequestRunner::release(PendingCall *call)
{
    switch (call->state()) {
    case PendingCall::State::OnWire:
        call->abortAttempt();
        setOnWire(m_onWire - 1);
        break;
    case PendingCall::State::Waiting:
        call->stopWaiting();
        break;
    case PendingCall::State::Decoding:
        break; // its verdict is ignored once the call has left this state
    case PendingCall::State::Queued:
        std::erase_if(
            m_queue, [call](const QPointer<PendingCall> &queued) { return queued.data() == call; });
        break;
    case PendingCall::State::Done:
        break;
    }
    pump();
}

void RequestRunner::retryDue(PendingCall *call)
{
    // A retry goes to the front: it has waited longer than anything queued behind it.
    call->markQueued();
    m_queue.push_front(call);
    pump();
}

void RequestRunner::pump()
{
    if (m_shuttingDown || m_holdingBack)
        return;
    while (m_onWire < m_maxOnWire && !m_queue.empty()) {
        QPointer<PendingCall> call = m_queue.front();
        m_queue.pop_front();
        if (call && call->state() == PendingCall::State::Queued)
            startAttempt(call);
    }
}

QNetworkReply *RequestRunner::postOnce(QNetworkRequest http, const QByteArray &body)
{
    // Streamed, not buffered by Qt, so Qt cannot send it a second time (oneshotbody.h).
    http.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    http.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *device = new OneShotBody(body);
    QNetworkReply *reply = m_manager->post(http, device);
    device->setParent(reply);
    return reply;
}

void RequestRunner::startAttempt(PendingCall *call)
{
    const ApiRequest &request = call->request();
    const QNetworkRequest http = buildRequest(request, m_timeout);
    QNetworkReply *reply = nullptr;
    if (request.verb == "GET")
        reply = m_manager->get(http);
    else if (request.verb == "POST")
        reply = postOnce(http, request.body);
    else if (request.verb == "PUT")
        reply = m_manager->put(http, request.body);
    else if (request.verb == "DELETE")
        reply = m_manager->deleteResource(http);
    else
        reply = m_manager->sendCustomRequest(http, request.verb, request.body);
    call->attach(reply);
    setOnWire(m_onWire + 1);
    connect(reply, &QNetworkReply::finished, call, [this, call] { onReplyFinished(call); });
    connect(
        reply, &QNetworkReply::downloadProgress, call,
        [this, call](qint64 received, qint64 total) { onDownloadProgress(call, received, total); });
}

void RequestRunner::onDownloadProgress(PendingCall *call, qint64 received, qint64 total)
{
    if (received <= kMaxBodyBytes && total <= kMaxBodyBytes)
        return;
    call->abortAttempt();
    setOnWire(m_onWire - 1);
    // Not retried: the same request would bring the same oversized answer.
    conclude(call, ApiError::transport(ApiError::Kind::MalformedBody,
                                       u"answer larger than %1 bytes"_s.arg(kMaxBodyBytes)));
    pump();
}

void RequestRunner::onReplyFinished(PendingCall *call)
{
    QNetworkReply *reply = call->detach();
    setOnWire(m_onWire - 1);
    // An aborted reply (the transfer timeout) is closed; reading it would only warn.
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ApiError error = errorFromReply(reply, body);
    reply->deleteLater();
    if (!error.isError() && call->decodesOffThread()) {
        call->decodeOffThread(body, [this, call, status](std::optional<QString> problem) {
            if (call->state() != PendingCall::State::Decoding)
                return; // cancelled meanwhile
            finishAttempt(call, status,
                          problem ? ApiError::transport(ApiError::Kind::MalformedBody, *problem)
                                  : ApiError());
        });
        pump(); // the slot is free: the next request goes out while this body decodes
        return;
    }
    if (!error.isError()) {
        if (std::optional<QString> problem = call->decode(body))
            error = ApiError::transport(ApiError::Kind::MalformedBody, *problem);
    }
    finishAttempt(call, status, std::move(error));
}

void RequestRunner::finishAttempt(PendingCall *call, int status, ApiError error)
{
    // Method, path, status and time only: never headers (the key), never bodies.
    qCDebug(lcApi, "%s -> %d %s, %lld ms, attempt %d", qUtf8Printable(describe(*call)), status,
            kindName(error.kind()), call->elapsedMs(), call->attempts());
    if (error.isError()) {
        if (std::optional<milliseconds> delay = retryDelay(call, error)) {
            error.redact(call->request().apiKey);
            qCInfo(lcApi, "%s failed (%s: %s); retrying in %lld ms",
                   qUtf8Printable(describe(*call)), kindName(error.kind()),
                   qUtf8Printable(error.technicalDetail()), static_cast<long long>(delay->count()));
            call->waitForRetry(*delay);
            pump();
            return;
        }
    }
    conclude(call, std::move(error));
    pump();
}

void RequestRunner::conclude(PendingCall *call, ApiError error)
{
    if (error.isError()) {
        error.setAttempts(call->attempts());
        error.setSubject(call->request().subject);
        if (error.endpoint().isEmpty())
            error.setEndpoint(endpointOf(call->request().url));
        error.redact(call->request().apiKey);
        qCInfo(lcApi, "%s failed after %d attempt(s) (%s: %s)", qUtf8Printable(describe(*call)),
               call->attempts(), kindName(error.kind()), qUtf8Printable(error.technicalDetail()));
    }
    call->completeLater(std::move(error));
}

std::optional<milliseconds> RequestRunner::retryDelay(const PendingCall *call,
                                                      const ApiError &error) const
{
    if (!call->request().isRetryable() || !error.isTransient())
        return std::nullopt;
    if (call->attempts() >= std::max(1, m_policy.maxAttempts))
        return std::nullopt;
    const double unit = QRandomGenerator::global()->generateDouble();
    if (error.kind() == ApiError::Kind::Http && error.retryAfterSeconds() >= 0) {
        const milliseconds asked = std::chrono::seconds(error.retryAfterSeconds());
        if (asked > m_policy.maxRetryAfter)
            return std::nullopt; // the caller hears "try again in N seconds" instead
        // A little jitter on top, so clients told the same moment do not return together.
        return asked + m_policy.backoff(1, unit);
    }
    return m_policy.backoff(call->attempts(), unit);
}

void RequestRunner::setOnWire(int count)
{
    if (count == m_onWire)
        return;
    m_onWire = count;
    emit requestsOnWireChanged(count);
}

} // namespace fentu
