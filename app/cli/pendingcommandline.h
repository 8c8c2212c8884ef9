#pragma once

#include "invocation.h"

#include <QCoreApplication>
#include <QStringList>

namespace fentu::cli {

/// `fentu-cli pending [--keep-mine SEQ | --take-theirs SEQ | --send-again SEQ | --discard SEQ]`.
class PendingCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(fentu::cli::PendingCommandLine)
public:
    static Invocation parse(const QStringList &arguments);
};

} // namespace fentu::cli
