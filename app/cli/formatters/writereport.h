#pragma once

#include "failure.h"
#include "outputformat.h"

#include "sync/writeresult.h"

#include <QCoreApplication>
#include <QString>

namespace fentu::cli {

/// fentu-cli's words for what OrderWriter did with a create, update or delete.
class WriteReport
{
    Q_DECLARE_TR_FUNCTIONS(fentu::cli::WriteReport)
public:
    /// The one line printed when the write went to the outbox instead of the server.
    static QString queued(const WriteResult &result);
    /// What a queued write prints: queued() as a line, or with --format json an object a script
    /// can read: {"queued": true, "id", "local_id" (a create's temporary id), "number",
    /// "outbox_seq"}.
    static QString queuedOutput(const WriteResult &result, OutputFormat format);
    /// Why a write that was neither sent nor queued failed (Conflict, Refused, Failed).
    static Failure failure(const WriteResult &result, const QString &apiKey);
};

} // namespace fentu::cli
