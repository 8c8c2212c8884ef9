#pragma once

#include "invocation.h"

#include <QCoreApplication>
#include <QStringList>

namespace fentu::cli {

/// `fentu-cli update ID [field options] [--status S] [--format text|json]`.
class UpdateCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(fentu::cli::UpdateCommandLine)
public:
    static Invocation parse(const QStringList &arguments);
};

} // namespace fentu::cli
