#pragma once

#include "invocation.h"

#include <QCoreApplication>
#include <QStringList>

namespace fentu::cli {

/// `fentu-cli list [--status S] [--customer ID] [--technician ID] [--from D] [--to D]
/// [--offline] [--format table|csv|json]`.
class ListCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(fentu::cli::ListCommandLine)
public:
    static Invocation parse(const QStringList &arguments);
};

} // namespace fentu::cli
