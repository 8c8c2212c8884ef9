#pragma once

#include "invocation.h"

#include <QCoreApplication>
#include <QStringList>

namespace fentu::cli {

/// `fentu-cli get ID [--offline] [--format text|json]`.
class GetCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(fentu::cli::GetCommandLine)
public:
    static Invocation parse(const QStringList &arguments);
};

} // namespace fentu::cli
