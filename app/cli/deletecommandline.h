#pragma once

#include "invocation.h"

#include <QCoreApplication>
#include <QStringList>

namespace fentu::cli {

/// `fentu-cli delete ID`.
class DeleteCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(fentu::cli::DeleteCommandLine)
public:
    static Invocation parse(const QStringList &arguments);
};

} // namespace fentu::cli
