#pragma once

#include <QDateTime>
#include <QWidget>

class QFormLayout;
class QGridLayout;
class QLabel;

namespace fentu {

struct WorkOrder;

/// Where the order shown came from, for the line that says so.
struct DetailSource
{
    bool fromCache = false;
    bool partial = false; // only the list fields were cached
    QDateTime cachedAt;   // UTC
};

/// The fields of one work order, read-only, laid out for reading: number and badges on top,
/// then a form of labelled values and the tasks. Every string from the server is set as plain
/// text (never HTML) and can be selected and copied.
class WorkOrderDetailForm : public QWidget
{
    Q_OBJECT
public:
    explicit WorkOrderDetailForm(QWidget *parent = nullptr);

    void showOrder(const WorkOrder &order, const DetailSource &source);

private:
    QLabel *addRow(const QString &label, const QString &objectName);
    void setValue(QLabel *label, const QString &text, const QString &placeholder);
    void showTasks(const WorkOrder &order);

    QFormLayout *m_form;
    QLabel *m_number;
    QLabel *m_status;
    QLabel *m_priority;
    QLabel *m_source;
    QLabel *m_customer;
    QLabel *m_contact;
    QLabel *m_technician;
    QLabel *m_scheduled;
    QLabel *m_duration;
    QLabel *m_type;
    QLabel *m_description;
    QLabel *m_notes;
    QWidget *m_tasks;
    QGridLayout *m_taskGrid;
    QLabel *m_created;
    QLabel *m_updated;
};

} // namespace fentu
