#include "api/pendingcall.h"

#include "api/requestrunner.h"

#include <QNetworkReply>

namespace fentu {

PendingCall::PendingCall(RequestRunner *runner, ApiRequest request, QObject *context,
                         BodyDecoder decode, Completion complete)
    : ApiCall(runner), m_runner(runner), m_request(std::move(request)), m_context(context),
      m_hasContext(context != nullptr), m_decode(std::move(decode)), m_complete(std::move(complete))
{
    m_retryTimer.setSingleShot(true);
    // A coarse timer (QTimer's default) may fire up to 5 % early: a retry one second after a
    // "Retry-After: 1" could then reach the server too soon and be refused again.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { m_runner->retryDue(this); });
}

PendingCall::~PendingCall()
{
    // Deleted by hand before completing: give the slot and the queue place back.
    if (m_state != State::Done)
        m_runner->release(this);
}

void PendingCall::cancel()
{
    if (m_state != State::Done)
        m_runner->cancel(this);
}

void PendingCall::attach(QNetworkReply *reply)
{
    m_reply = reply;
    m_state = State::OnWire;
    ++m_attempts;
    m_elapsed.start();
}

QNetworkReply *PendingCall::detach()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (reply)
        QObject::disconnect(reply, nullptr, this, nullptr);
    return reply;
}

void PendingCall::abortAttempt()
{
    // Disconnected first, so the abort's own "finished" is never mistaken for a timeout.
    if (QNetworkReply *reply = detach()) {
        reply->abort();
        reply->deleteLater();
    }
}

void PendingCall::decodeOffThread(const QByteArray &body, DecodeDone done)
{
    m_state = State::Decoding;
    m_asyncDecode(body, this, std::move(done));
}

void PendingCall::waitForRetry(std::chrono::milliseconds delay)
{
    m_state = State::Waiting;
    m_retryTimer.start(delay);
}

void PendingCall::completeLater(ApiError error)
{
    m_state = State::Done;
    m_retryTimer.stop();
    QMetaObject::invokeMethod(
        this, [this, error = std::move(error)] { deliver(error); }, Qt::QueuedConnection);
}

void PendingCall::abandon()
{
    m_state = State::Done;
    m_retryTimer.stop();
    m_complete = {};
    emit finished();
    deleteLater();
}

void PendingCall::deliver(const ApiError &error)
{
    QPointer<PendingCall> self(this);
    // Moved out first: the callback may delete the client, and with it this object.
    Completion complete = std::move(m_complete);
    m_complete = {};
    if (complete && (!m_hasContext || m_context)) {
        // Errors too: the old server being unreachable or refusing its key says nothing
        // about the server in use now.
        if (m_revoked && error.kind() != ApiError::Kind::Cancelled) {
            ApiError cancelled = ApiError::transport(ApiError::Kind::Cancelled,
                                                     QStringLiteral("the server was switched"));
            cancelled.setSubject(m_request.subject);
            complete(cancelled);
        } else {
            complete(error);
        }
    }
    if (!self)
        return;
    emit finished();
    deleteLater();
}

} // namespace fentu
