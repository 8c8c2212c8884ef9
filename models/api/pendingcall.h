#pragma once

#include "api/apicall.h"
#include "api/apirequest.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QNetworkReply;

namespace fentu {

class RequestRunner;

/// The ApiCall the runner hands out: one request's state across its attempts (queued, on the
/// wire, waiting to retry, done) and the guarantee that its completion runs at most once,
/// from the event loop, and never after its context is gone.
class PendingCall : public ApiCall
{
    Q_OBJECT
public:
    enum class State
    {
        Queued,
        OnWire,
        Decoding, // the body came and is being decoded on another thread
        Waiting,
        Done
    };

    PendingCall(RequestRunner *runner, ApiRequest request, QObject *context, BodyDecoder decode,
                Completion complete);
    ~PendingCall() override;

    void cancel() override;

    const ApiRequest &request() const { return m_request; }
    State state() const { return m_state; }
    int attempts() const { return m_attempts; }
    bool hasContext() const { return m_hasContext; }

    // The runner drives the rest.
    void attach(QNetworkReply *reply);
    /// Takes the finished reply of the current attempt; the caller deletes it.
    QNetworkReply *detach();
    /// Silences and aborts the attempt on the wire, if any.
    void abortAttempt();
    qint64 elapsedMs() const { return m_elapsed.elapsed(); }
    std::optional<QString> decode(const QByteArray &body) const { return m_decode(body); }
    /// Makes decode() run off this thread (decodeOffThread) instead.
    void setAsyncDecoder(AsyncBodyDecoder decode) { m_asyncDecode = std::move(decode); }
    bool decodesOffThread() const { return bool(m_asyncDecode); }
    /// Starts decoding `body` elsewhere; `done` runs on this thread unless this call dies first.
    void decodeOffThread(const QByteArray &body, DecodeDone done);
    void waitForRetry(std::chrono::milliseconds delay);
    void stopWaiting() { m_retryTimer.stop(); }
    void markQueued() { m_state = State::Queued; }
    /// Delivers `error` (None = success) from the event loop, once: never from inside the
    /// caller's stack frame, so callbacks may freely start calls or delete things.
    void completeLater(ApiError error);
    /// Ends the call without delivering: its context was destroyed.
    void abandon();
    /// The server the call was made for is no longer used: an outcome not yet delivered is
    /// delivered as Cancelled instead (it belongs to the server that was left).
    void revoke() { m_revoked = true; }

private:
    void deliver(const ApiError &error);

    RequestRunner *m_runner;
    ApiRequest m_request;
    QPointer<QObject> m_context;
    bool m_hasContext;
    BodyDecoder m_decode;
    AsyncBodyDecoder m_asyncDecode;
    Completion m_complete;
    State m_state = State::Queued;
    int m_attempts = 0;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_elapsed;
    QTimer m_retryTimer;
    bool m_revoked = false;
};

} // namespace fentu
