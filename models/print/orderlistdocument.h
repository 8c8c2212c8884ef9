#pragma once

#include "domain/workorder.h"

#include <QCoreApplication>

#include <memory>

class QTextDocument;

namespace fentu {

/// The list of a view as a document to print: a title, then a table of the orders in the
/// columns given (WorkOrderTableModel::Column values, as the table shows them), its header row
/// repeated at the top of every page. Text from the server goes in as text, never as markup.
class OrderListDocument
{
    Q_DECLARE_TR_FUNCTIONS(fentu::OrderListDocument)
public:
    static std::unique_ptr<QTextDocument> create(const QString &title,
                                                 const QList<WorkOrderSummary> &orders,
                                                 const QList<int> &columns);
};

} // namespace fentu
