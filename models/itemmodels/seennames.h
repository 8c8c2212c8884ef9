#pragma once

#include <QObject>
#include <QPointer>

namespace fentu {

class NameChoiceModel;
class WorkOrderTableModel;

/// Adds every customer and technician that appears in the table's rows to the pick lists, so
/// the filter panel can offer them when the server has no lookup (assumptions.md) and a name
/// the lookup missed still appears.
class SeenNames : public QObject
{
    Q_OBJECT
public:
    /// None is owned; the table must outlive this object.
    SeenNames(WorkOrderTableModel *table, NameChoiceModel *customers, NameChoiceModel *technicians,
              QObject *parent = nullptr);

private:
    void collect(int first, int last);

    WorkOrderTableModel *m_table;
    QPointer<NameChoiceModel> m_customers;
    QPointer<NameChoiceModel> m_technicians;
};

} // namespace fentu
