#pragma once

#include "api/apirequest.h"
#include "api/retrypolicy.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <deque>

#include <QNetworkRequest>

class QNetworkAccessManager;
class QNetworkReply;

namespace fentu {

class PendingCall;

/// Sends ApiRequests through a QNetworkAccessManager: at most N on the wire (the rest wait in
/// order), one transfer timeout per attempt, GETs retried with backoff. Owns its calls.
class RequestRunner : public QObject
{
    Q_OBJECT
public:
    /// `manager` is not owned and must outlive the runner.
    explicit RequestRunner(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~RequestRunner() override;

    /// The key for requests submitted from now on (those already made keep theirs).
    void setApiKey(const QString &apiKey);
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    void setMaxConcurrentRequests(int count);
    int requestsOnWire() const { return m_onWire; }

    PendingCall *submit(ApiRequest request, QObject *context, BodyDecoder decode,
                        Completion complete);
    /// As submit(), with the 2xx body decoded on another thread: the wire slot is free again
    /// while it decodes. A decode failure is handled exactly as submit()'s.
    PendingCall *submitDecodingOffThread(ApiRequest request, QObject *context,
                                         AsyncBodyDecoder decode, Completion complete);
    /// A call that fails with `error` without touching the network (delivered later).
    PendingCall *refuse(ApiError error, QObject *context, Completion complete);
    /// Ends every call made so far: queued, on the wire, waiting to retry or decoding ones
    /// complete with Cancelled, and answers not yet delivered are delivered as Cancelled.
    /// The server was switched: nothing made for the old one may reach it, or its caller.
    void cancelAll();

    // For PendingCall.
    void cancel(PendingCall *call);
    void release(PendingCall *call);
    void retryDue(PendingCall *call);

signals:
    void requestsOnWireChanged(int count);

private:
    void pump();
    void startAttempt(PendingCall *call);
    QNetworkReply *postOnce(QNetworkRequest http, const QByteArray &body);
    void onReplyFinished(PendingCall *call);
    /// Logs the attempt's outcome, then retries it or concludes the call.
    void finishAttempt(PendingCall *call, int status, ApiError error);
    void onDownloadProgress(PendingCall *call, qint64 received, qint64 total);
    void conclude(PendingCall *call, ApiError error);
    std::optional<std::chrono::milliseconds> retryDelay(const PendingCall *call,
                                                        const ApiError &error) const;
    void setOnWire(int count);

    QNetworkAccessManager *m_manager;
    QString m_apiKey;
    std::chrono::milliseconds m_timeout{30000};
    RetryPolicy m_policy;
    int m_maxOnWire = 6;
    int m_onWire = 0;
    std::deque<QPointer<PendingCall>> m_queue;
    bool m_shuttingDown = false;
    bool m_holdingBack = false; // cancelAll() is running: nothing new goes on the wire
};

} // namespace fentu
