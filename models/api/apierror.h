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
    enum class Kind
    {
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
        LocalStorage,      // the offline cache on this computer failed; the server is not involved
    };

    /// What the failed call was about, so a 404 can be explained precisely.
    enum class Subject
    {
        Other,
        WorkOrder, // one work order: get, update, delete
        Customer,  // one customer
        List,      // a collection: a 404 there means the base URL is wrong
    };

    ApiError() = default;
    static ApiError http(int status, QString code, QString message, QList<FieldError> details,
                         int retryAfterSeconds = -1);
    static ApiError transport(Kind kind, QString detail);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    int httpStatus() const { return m_httpStatus; } // 0 unless kind() == Http
    /// The API's error.code for Http ("validation_error"); for InsecureUrl the reason:
    /// "no_url", "invalid_url", "unsupported_scheme", "credentials_in_url",
    /// "http_not_loopback" or "redirect".
    const QString &code() const { return m_code; }
    const QString &serverMessage() const { return m_serverMessage; }
    const QList<FieldError> &details() const { return m_details; }
    /// Seconds from a Retry-After header; -1 when absent.
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    /// Technical detail for logs (never contains the API key).
    const QString &technicalDetail() const { return m_technicalDetail; }
    /// "host:port" the call was sent to; empty when it never got that far.
    const QString &endpoint() const { return m_endpoint; }
    /// How many times the request was sent (retries included); 0 when it never was.
    int attempts() const { return m_attempts; }
    Subject subject() const { return m_subject; }

    void setCode(QString code) { m_code = std::move(code); }
    void setEndpoint(QString endpoint) { m_endpoint = std::move(endpoint); }
    void setAttempts(int attempts) { m_attempts = attempts; }
    void setSubject(Subject subject) { m_subject = subject; }
    /// Replaces every occurrence of `secret` in the texts a server controls, in case a server
    /// echoes the Authorization header back in its error body.
    void redact(const QString &secret);

    /// True for failures worth retrying a GET on: transport errors, 5xx, 429 (and 408).
    /// MalformedBody counts too: a proxy or load balancer hiccup can mangle one answer.
    bool isTransient() const;
    /// A sentence for the user, e.g. "The API key was refused. Update it in Settings."
    QString userMessage() const;

private:
    QString httpMessage() const;
    QString insecureUrlMessage() const;

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_code;
    QString m_serverMessage;
    QList<FieldError> m_details;
    int m_retryAfterSeconds = -1;
    QString m_technicalDetail;
    QString m_endpoint;
    int m_attempts = 0;
    Subject m_subject = Subject::Other;
};

} // namespace fentu
