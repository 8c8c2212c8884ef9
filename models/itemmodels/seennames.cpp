#include "itemmodels/seennames.h"

#include "itemmodels/namechoicemodel.h"
#include "itemmodels/workordertablemodel.h"

namespace fentu {

SeenNames::SeenNames(WorkOrderTableModel *table, NameChoiceModel *customers,
                     NameChoiceModel *technicians, QObject *parent)
    : QObject(parent), m_table(table), m_customers(customers), m_technicians(technicians)
{
    connect(table, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &under, int first, int last) {
                if (!under.isValid())
                    collect(first, last);
            });
    // A refresh replaces the rows in one reset; rows held before the window existed count too.
    connect(table, &QAbstractItemModel::modelReset, this,
            [this] { collect(0, m_table->rowCount() - 1); });
    connect(
        table, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &from, const QModelIndex &to) { collect(from.row(), to.row()); });
    collect(0, table->rowCount() - 1);
}

void SeenNames::collect(int first, int last)
{
    QList<NameChoice> customers;
    QList<NameChoice> technicians;
    for (int row = first; row <= last; ++row) {
        const WorkOrderSummary &order = m_table->orderAt(row);
        if (!order.customer.id.isEmpty())
            customers.append({order.customer.id, order.customer.name});
        if (order.technician && !order.technician->id.isEmpty())
            technicians.append({order.technician->id, order.technician->name});
    }
    if (m_customers && !customers.isEmpty())
        m_customers->addChoices(customers);
    if (m_technicians && !technicians.isEmpty())
        m_technicians->addChoices(technicians);
}

} // namespace fentu
