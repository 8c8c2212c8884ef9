#pragma once

#include "domain/workorder.h"

#include <QCoreApplication>
#include <QString>

namespace fentu::cli {

/// `fentu-cli get` in text: one "Label: value" line per known field, then the description,
/// the notes and the tasks. Fields the order does not have are left out.
class OrderDetailFormatter
{
    Q_DECLARE_TR_FUNCTIONS(fentu::cli::OrderDetailFormatter)
public:
    static QString format(const WorkOrder &order);
};

} // namespace fentu::cli
