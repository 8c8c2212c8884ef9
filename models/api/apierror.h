#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fentu {

/// One entry of a 422 answer's `details`: which field the server refused and why.
struct FieldError
{
    QString field;
    QString message;
    friend bool operator==(const FieldError &, const FieldError &) = default;
};

/// Everything that can go wrong with an API call, in one type: an HTTP answer with the API's
/// error body, or a transport failure. userMessage() says it in words a person understands.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(fentu::ApiError)
public:
    enum class Kind {
        None,
        Http,              // the server answered with a non-2xx status
        ConnectionRefused, // nothing listens at the address
        HostNotFound,      // DNS failure
        Tls,               // certificate or handshake failure; never ignored
        Timeout,           // no complete answer in time
        Cancelled,         // the caller cancelled
        MalformedBody,     // the answer is not the JSON the reference documents
        InsecureUrl,       // plain http:// to a non-loopback host, or a bad base URL
        Network,           // any other transport failure (connection reset, truncated body...)
    };

    ApiError() = default;
    static ApiError http(int status, QString code, QString message, QList<FieldError> details,
                         int retryAfterSeconds = -1);
    static ApiError transport(Kind kind, QString detail);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    int httpStatus() const { return m_httpStatus; } // 0 unless kind() == Http
    const QString &code() const { return m_code; }  // the API's error.code, e.g. "validation_error"
    const QString &serverMessage() const { return m_serverMessage; }
    const QList<FieldError> &details() const { return m_details; }
    /// Seconds from a Retry-After header; -1 when absent.
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    /// Technical detail for logs (never contains the API key).
    const QString &technicalDetail() const { return m_technicalDetail; }

    /// True for failures worth retrying a GET on: transport errors, 5xx, 429.
    bool isTransient() const;
    /// A sentence for the user, e.g. "The API key was refused. Update it in Settings."
    QString userMessage() const;

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_code;
    QString m_serverMessage;
    QList<FieldError> m_details;
    int m_retryAfterSeconds = -1;
    QString m_technicalDetail;
};

} // namespace fentu
