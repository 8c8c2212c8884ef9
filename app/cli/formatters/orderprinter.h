#pragma once

#include "outputformat.h"

#include "domain/workorder.h"

#include <QString>

namespace fentu::cli {

/// One order as `get`, `create` and `update` print it: the server's object for json, the
/// labelled fields for text.
QString formatOrder(const WorkOrder &order, OutputFormat format);

} // namespace fentu::cli
