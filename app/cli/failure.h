#pragma once

#include "exitcode.h"

#include "domain/ordervalidation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fentu {
class ApiError;
class CacheError;
class CredentialResult;
} // namespace fentu

namespace fentu::cli {

/// Why a command failed: the exit status and ONE line for stderr (without the "fentu-cli: "
/// prefix). Built from every kind of error the models report, in command-line words rather
/// than the GUI's ("update it in Settings").
struct Failure
{
    Q_DECLARE_TR_FUNCTIONS(fentu::cli::Failure)
public:
    ExitCode code = ExitCode::Local;
    QString message;

    static Failure usage(const QString &message);
    static Failure local(const QString &message);
    /// Client-side checks, each named by the option that carries the field ("--duration: ...").
    static Failure invalidFields(const QList<FieldProblem> &problems);
    /// `apiKey` is masked out of anything the server said, in case it echoed it back.
    static Failure fromApi(const ApiError &error, const QString &apiKey = {});
    static Failure fromCache(const CacheError &error);
    static Failure fromCredentials(const CredentialResult &result);

    /// The command-line option that sets an API field: "estimated_duration" -> "--duration".
    static QString optionForField(const QString &field);
    /// Newlines and other control characters folded into spaces: a failure is one line.
    static QString oneLine(const QString &text);
};

} // namespace fentu::cli
