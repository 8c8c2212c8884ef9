#pragma once

#include "invocation.h"

#include <QCoreApplication>
#include <QStringList>

namespace fentu::cli {

/// `fentu-cli create --customer ID [field options] [--draft] [--format text|json]`.
class CreateCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(fentu::cli::CreateCommandLine)
public:
    static Invocation parse(const QStringList &arguments);
};

} // namespace fentu::cli
