#include "failure.h"

#include "api/apierror.h"
#include "cache/cacheerror.h"
#include "credentials/credentialresult.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fentu::cli {

namespace {

// A server's error text can be long (an HTML page quoted in a detail); the line stays readable.
constexpr qsizetype kMaxDetailChars = 200;

QString clipped(const QString &text)
{
    const QString line = Failure::oneLine(text).trimmed();
    return line.size() <= kMaxDetailChars ? line : line.left(kMaxDetailChars) + u"\u2026"_s;
}

QString withServerMessage(const QString &sentence, const ApiError &error)
{
    if (error.serverMessage().isEmpty())
        return sentence;
    return Failure::tr("%1: %2").arg(sentence, clipped(error.serverMessage()));
}

QString fieldDetails(const ApiError &error)
{
    QStringList parts;
    for (const FieldError &detail : error.details()) {
        parts.append(detail.field.isEmpty() ? clipped(detail.message)
                                            : Failure::tr("%1: %2").arg(clipped(detail.field),
                                                                        clipped(detail.message)));
    }
    if (parts.isEmpty())
        parts.append(error.serverMessage().isEmpty() ? Failure::tr("validation failed")
                                                     : clipped(error.serverMessage()));
    return parts.join(u"; "_s);
}

Failure httpFailure(const ApiError &error)
{
    const int status = error.httpStatus();
    switch (status) {
    case 400:
        return {ExitCode::Refused,
                withServerMessage(Failure::tr("the server refused the request as invalid "
                                              "(HTTP 400)"),
                                  error)};
    case 401:
        return {ExitCode::Refused,
                Failure::tr("the API key was refused (HTTP 401); check FENTU_API_KEY or the key "
                            "saved in Fentu Desk's Settings")};
    case 403:
        return {ExitCode::Refused,
                Failure::tr("the API key may not do this (HTTP 403); it may be a read-only key")};
    case 404:
        if (error.subject() == ApiError::Subject::WorkOrder)
            return {ExitCode::Refused, Failure::tr("work order not found (HTTP 404)")};
        return {ExitCode::Refused,
                Failure::tr("the server has nothing at this address (HTTP 404); check the base "
                            "URL, including its path (such as /api/v1)")};
    case 422:
        return {
            ExitCode::Refused,
            Failure::tr("the server refused the changes (HTTP 422): %1").arg(fieldDetails(error))};
    case 429:
        if (error.retryAfterSeconds() >= 0)
            return {ExitCode::Refused,
                    Failure::tr("the server is rate limiting requests (HTTP 429); try again in "
                                "%1 s")
                        .arg(error.retryAfterSeconds())};
        return {ExitCode::Refused, Failure::tr("the server is rate limiting requests (HTTP 429); "
                                               "try again later")};
    default:
        break;
    }
    if (status >= 500) {
        return {ExitCode::BadResponse,
                Failure::tr("the server had a problem (HTTP %1) after %n attempt(s)", nullptr,
                            std::max(1, error.attempts()))
                    .arg(status)};
    }
    const QString sentence = Failure::tr("the server answered with an error (HTTP %1)").arg(status);
    return {status >= 400 ? ExitCode::Refused : ExitCode::BadResponse,
            withServerMessage(sentence, error)};
}

QString insecureUrlMessage(const ApiError &error)
{
    const QString &code = error.code();
    if (code == "no_url"_L1)
        return Failure::tr("no server is configured: pass --base-url URL or set the server in "
                           "Fentu Desk's Settings");
    if (code == "unsupported_scheme"_L1)
        return Failure::tr("the base URL must start with https:// (or http:// for a server on "
                           "this computer)");
    if (code == "credentials_in_url"_L1)
        return Failure::tr("the base URL must not contain a user name or password; pass the API "
                           "key in FENTU_API_KEY");
    if (code == "http_not_loopback"_L1)
        return Failure::tr("plain http:// is only allowed for a server on this computer; use "
                           "https:// so the API key is never sent unencrypted");
    if (code == "redirect"_L1)
        return Failure::tr("the server redirected to a different or less secure address; the "
                           "redirect was not followed");
    return Failure::tr("the base URL is not a valid web address");
}


} // namespace

Failure Failure::usage(const QString &message)
{
    return {ExitCode::Usage, oneLine(message)};
}

Failure Failure::local(const QString &message)
{
    return {ExitCode::Local, oneLine(message)};
}

Failure Failure::invalidFields(const QList<FieldProblem> &problems)
{
    QStringList parts;
    for (const FieldProblem &problem : problems)
        parts.append(tr("%1: %2").arg(optionForField(problem.field), problem.message));
    return usage(parts.join(u"; "_s));
}

Failure Failure::fromApi(const ApiError &apiError, const QString &apiKey)
{
    ApiError error = apiError;
    error.redact(apiKey);
    Failure failure;
    switch (error.kind()) {
    case ApiError::Kind::Http:
        failure = httpFailure(error);
        break;
    // Each sentence whole, with the address and without it, for the translators.
    case ApiError::Kind::ConnectionRefused:
        failure = {ExitCode::Unreachable,
                   error.endpoint().isEmpty()
                       ? tr("cannot reach the server: nothing is listening at the configured "
                            "address")
                       : tr("cannot reach the server at %1: nothing is listening there")
                             .arg(error.endpoint())};
        break;
    case ApiError::Kind::HostNotFound:
        failure = {ExitCode::Unreachable,
                   error.endpoint().isEmpty()
                       ? tr("cannot find the server: the configured address does not resolve")
                       : tr("cannot find the server %1: the name does not resolve")
                             .arg(error.endpoint())};
        break;
    case ApiError::Kind::Timeout:
        failure = {ExitCode::Unreachable,
                   error.endpoint().isEmpty()
                       ? tr("the server did not answer in time")
                       : tr("the server at %1 did not answer in time").arg(error.endpoint())};
        break;
    case ApiError::Kind::Network:
        failure = {ExitCode::Unreachable,
                   error.endpoint().isEmpty()
                       ? tr("the connection to the server failed before the answer was complete")
                       : tr("the connection to the server at %1 failed before the answer was "
                            "complete")
                             .arg(error.endpoint())};
        break;
    case ApiError::Kind::LocalStorage:
        failure = local(tr("offline cache: %1").arg(error.technicalDetail()));
        break;
    case ApiError::Kind::Tls:
        failure = {ExitCode::Unreachable,
                   tr("the server's TLS certificate could not be verified; the connection was "
                      "not made")};
        break;
    case ApiError::Kind::MalformedBody:
        failure = {ExitCode::BadResponse, tr("the server sent an answer fentu-cli cannot read (%1)")
                                              .arg(clipped(error.technicalDetail()))};
        break;
    case ApiError::Kind::InsecureUrl:
        failure = {ExitCode::Usage, insecureUrlMessage(error)};
        break;
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::None:
        failure = {ExitCode::Local, tr("the request was cancelled")};
        break;
    }
    failure.message = oneLine(failure.message);
    if (apiKey.size() >= 4)
        failure.message.replace(apiKey, u"[redacted]"_s);
    return failure;
}

Failure Failure::fromCache(const CacheError &error)
{
    return local(tr("offline cache: %1").arg(error.userMessage()));
}

Failure Failure::fromCredentials(const CredentialResult &result)
{
    switch (result.status()) {
    case CredentialResult::Status::NoKeyStored:
        return local(tr("no API key is configured for this server: set FENTU_API_KEY or save "
                        "the key in Fentu Desk's Settings"));
    case CredentialResult::Status::InvalidBaseUrl:
        return usage(tr("the base URL is not valid, so no API key can be looked up for it"));
    case CredentialResult::Status::Unavailable:
        return local(tr("the system keychain is unavailable (error %1) and FENTU_API_KEY is not "
                        "set")
                         .arg(result.keychainError()));
    case CredentialResult::Status::Ok:
        break;
    }
    return local(tr("the API key could not be read"));
}

QString Failure::optionForField(const QString &field)
{
    static const QHash<QString, QString> options = {
        {u"customer_id"_s, u"--customer"_s},
        {u"contact_id"_s, u"--contact"_s},
        {u"work_order_type"_s, u"--type"_s},
        {u"priority"_s, u"--priority"_s},
        {u"description"_s, u"--description"_s},
        {u"scheduled_date"_s, u"--scheduled"_s},
        {u"estimated_duration"_s, u"--duration"_s},
        {u"technician_id"_s, u"--technician"_s},
        {u"notes"_s, u"--notes"_s},
        {u"status"_s, u"--status"_s},
    };
    return options.value(field, field);
}

QString Failure::oneLine(const QString &text)
{
    QString line;
    line.reserve(text.size());
    for (const QChar c : text)
        line.append(c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
                            c == QChar::ParagraphSeparator
                        ? u' '
                        : c);
    return line;
}

} // namespace fentu::cli
