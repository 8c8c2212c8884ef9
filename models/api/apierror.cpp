#include "api/apierror.h"

using namespace Qt::StringLiterals;

namespace fentu {

ApiError ApiError::http(int status, QString code, QString message, QList<FieldError> details,
                        int retryAfterSeconds)
{
    ApiError error;
    error.m_kind = Kind::Http;
    error.m_httpStatus = status;
    error.m_code = std::move(code);
    error.m_serverMessage = std::move(message);
    error.m_details = std::move(details);
    error.m_retryAfterSeconds = retryAfterSeconds;
    error.m_technicalDetail = u"HTTP %1"_s.arg(status);
    if (!error.m_code.isEmpty())
        error.m_technicalDetail += u' ' + error.m_code;
    if (!error.m_serverMessage.isEmpty())
        error.m_technicalDetail += u": "_s + error.m_serverMessage;
    return error;
}

ApiError ApiError::transport(Kind kind, QString detail)
{
    ApiError error;
    error.m_kind = kind;
    error.m_technicalDetail = std::move(detail);
    return error;
}

void ApiError::redact(const QString &secret)
{
    // Short strings would also match innocent text; real API keys are long.
    if (secret.size() < 4)
        return;
    const QString mask = u"[redacted]"_s;
    m_code.replace(secret, mask);
    m_serverMessage.replace(secret, mask);
    m_technicalDetail.replace(secret, mask);
    for (FieldError &detail : m_details) {
        detail.field.replace(secret, mask);
        detail.message.replace(secret, mask);
    }
}

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Kind::Http:
        return m_httpStatus >= 500 || m_httpStatus == 429 || m_httpStatus == 408;
    case Kind::ConnectionRefused: // e.g. the server is restarting
    case Kind::HostNotFound:      // resolvers fail transiently on flaky networks
    case Kind::Timeout:
    case Kind::Network:
    case Kind::MalformedBody: // a proxy glitch can garble one answer; see the header
        return true;
    case Kind::None:
    case Kind::Tls: // a bad certificate does not fix itself, and must never be worked around
    case Kind::Cancelled:
    case Kind::InsecureUrl:
    case Kind::LocalStorage: // retrying the server would not help the disk
        return false;
    }
    return false;
}

QString ApiError::userMessage() const
{
    // Each sentence whole, with the address and without it (the translator sees both): "the
    // configured address" pasted into a sentence cannot be declined or reordered.
    const bool named = !m_endpoint.isEmpty();
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Http:
        return httpMessage();
    case Kind::ConnectionRefused:
        return named ? tr("Cannot reach the server at %1: nothing is listening there. Check the "
                          "server address in Settings, or try again when the server is running.")
                           .arg(m_endpoint)
                     : tr("Cannot reach the server: nothing is listening at the configured "
                          "address. Check the server address in Settings, or try again when the "
                          "server is running.");
    case Kind::HostNotFound:
        return named ? tr("Cannot find the server %1: the name does not resolve. Check the "
                          "server address in Settings and your network connection.")
                           .arg(m_endpoint)
                     : tr("Cannot find the server: the configured address does not resolve. "
                          "Check the server address in Settings and your network connection.");
    case Kind::Tls:
        return tr("The server's identity could not be verified (TLS certificate problem). "
                  "The connection was not made.");
    case Kind::Timeout:
        return named ? tr("The server at %1 did not answer in time. Check your network "
                          "connection and try again.")
                           .arg(m_endpoint)
                     : tr("The server did not answer in time. Check your network connection "
                          "and try again.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::MalformedBody:
        return tr("The server sent an answer Fentu Desk cannot read.");
    case Kind::InsecureUrl:
        return insecureUrlMessage();
    case Kind::Network:
        return named ? tr("The connection to the server at %1 failed before the answer was "
                          "complete. Try again.")
                           .arg(m_endpoint)
                     : tr("The connection to the server failed before the answer was complete. "
                          "Try again.");
    case Kind::LocalStorage:
        // The detail is the cache's own sentence for a person (CacheError::userMessage()).
        return tr("The offline copy of the work orders on this computer could not be read: %1")
            .arg(m_technicalDetail);
    }
    return {};
}

QString ApiError::httpMessage() const
{
    const int status = m_httpStatus;
    if (status == 400) {
        if (m_serverMessage.isEmpty())
            return tr("The server refused the request as invalid (HTTP 400).");
        return tr("The server refused the request as invalid: %1").arg(m_serverMessage);
    }
    if (status == 401)
        return tr("The API key was refused. Update it in Settings.");
    if (status == 403)
        return tr("This API key may only read; it cannot change work orders.");
    if (status == 404) {
        switch (m_subject) {
        case Subject::WorkOrder:
            return tr("That work order no longer exists (it may have been deleted).");
        case Subject::Customer:
            return tr("That customer no longer exists.");
        case Subject::List:
        case Subject::Other:
            break;
        }
        return tr("The server has nothing at this address (HTTP 404). Check the server address "
                  "in Settings, including its path (such as /api/v1).");
    }
    if (status == 422) {
        QString text = tr("The server refused the changes:");
        if (m_details.isEmpty() && !m_serverMessage.isEmpty())
            text += u' ' + m_serverMessage;
        for (const FieldError &detail : m_details) {
            text += u"\n\u2022 "_s;
            text += detail.field.isEmpty() ? detail.message
                                           : tr("%1: %2").arg(detail.field, detail.message);
        }
        return text;
    }
    if (status == 429) {
        if (m_retryAfterSeconds >= 0)
            return tr("The server is busy (rate limited). Try again in %n second(s).", nullptr,
                      m_retryAfterSeconds);
        return tr("The server is busy (rate limited). Try again in a moment.");
    }
    if (status >= 500) {
        QString text = tr("The server had a problem (HTTP %1). Try again in a moment.").arg(status);
        if (m_attempts > 1)
            text += u' ' + tr("Fentu Desk tried %n time(s).", nullptr, m_attempts);
        return text;
    }
    if (m_serverMessage.isEmpty())
        return tr("The server answered with an unexpected error (HTTP %1).").arg(status);
    return tr("The server answered with an unexpected error (HTTP %1): %2")
        .arg(QString::number(status), m_serverMessage);
}

QString ApiError::insecureUrlMessage() const
{
    if (m_code == "no_url"_L1)
        return tr("No server address is set. Enter it in Settings.");
    if (m_code == "unsupported_scheme"_L1)
        return tr("The server address must start with https:// (or http:// for a server on "
                  "this computer).");
    if (m_code == "credentials_in_url"_L1)
        return tr("The server address must not contain a user name or password; the API key is "
                  "entered separately.");
    if (m_code == "http_not_loopback"_L1)
        return tr("Plain http:// is only allowed for a server on this computer. Use https:// "
                  "so the API key is never sent unencrypted.");
    if (m_code == "redirect"_L1)
        return tr("The server redirected Fentu Desk to a different or less secure address. The "
                  "redirect was not followed; check the server address in Settings.");
    return tr("The server address is not a valid web address. Check it in Settings.");
}

} // namespace fentu
