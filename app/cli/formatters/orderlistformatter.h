#pragma once

#include "outputformat.h"

#include "domain/workorder.h"

#include <QList>
#include <QString>

namespace fentu::cli {

/// The output of `fentu-cli list`: a table, CSV with every column, or a JSON array of the
/// orders' objects as the server sent them.
class OrderListFormatter
{
public:
    static QString format(const QList<WorkOrderSummary> &orders, OutputFormat format);
};

} // namespace fentu::cli
