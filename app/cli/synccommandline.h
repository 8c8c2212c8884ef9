#pragma once

#include "invocation.h"

#include <QCoreApplication>
#include <QStringList>

namespace fentu::cli {

/// `fentu-cli sync`: no options of its own.
class SyncCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(fentu::cli::SyncCommandLine)
public:
    static Invocation parse(const QStringList &arguments);
};

} // namespace fentu::cli
