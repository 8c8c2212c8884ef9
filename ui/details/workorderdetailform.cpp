#include "workorderdetailform.h"

#include "servertext.h"

#include "badgestyle.h"

#include "domain/workorder.h"
#include "itemmodels/localdatetime.h"
#include "itemmodels/workordercolumns.h"
#include "pages/relativetime.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

// Server text is data, not markup: "<b>" must read as the three characters it is.
QLabel *plainLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    makePlainText(label);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    return label;
}

QLabel *badgeLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    makePlainText(label); // an unknown status shows the server's own word
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// The badges of the table, as labels: the same colours, and always the name in words.
void paintBadge(QLabel *label, const BadgeStyle &style, const QString &text)
{
    const QString border =
        style.border.isValid()
            ? u"1px %1 %2"_s.arg(style.dashed ? u"dashed"_s : u"solid"_s, style.border.name())
            : u"1px solid %1"_s.arg(style.background.name());
    label->setStyleSheet(u"QLabel { background: %1; color: %2; border: %3; border-radius: 9px;"
                         " padding: 1px 8px; font-weight: %4; }"_s.arg(
                             style.background.name(), style.text.name(), border,
                             style.bold ? u"bold"_s : u"normal"_s));
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

// "in_progress" -> "In progress": task statuses are free text on the wire.
QString readableWord(const QString &wire)
{
    QString text = wire;
    text.replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString joinLines(const QString &first, const QString &second)
{
    if (first.isEmpty())
        return second;
    return second.isEmpty() ? first : first + u'\n' + second;
}

} // namespace

WorkOrderDetailForm::WorkOrderDetailForm(QWidget *parent)
    : QWidget(parent), m_form(new QFormLayout), m_number(plainLabel(this, u"detailNumber"_s)),
      m_status(badgeLabel(this, u"detailStatus"_s)),
      m_priority(badgeLabel(this, u"detailPriority"_s)),
      m_source(plainLabel(this, u"detailSource"_s))
{
    setObjectName(u"detailForm"_s);
    QFont big = m_number->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_number->setFont(big);

    // The number on a line of its own and the badges under it: a narrow pane must not clip
    // them (the pane never scrolls sideways).
    auto *badges = new QHBoxLayout;
    badges->setSpacing(8);
    badges->addWidget(m_status);
    badges->addWidget(m_priority);
    badges->addStretch(1);

    m_source->setForegroundRole(QPalette::PlaceholderText);
    m_source->hide();

    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(8);
    m_customer = addRow(tr("Customer:"), u"detailCustomer"_s);
    m_contact = addRow(tr("Contact:"), u"detailContact"_s);
    m_technician = addRow(tr("Technician:"), u"detailTechnician"_s);
    m_scheduled = addRow(tr("Scheduled:"), u"detailScheduled"_s);
    m_duration = addRow(tr("Duration:"), u"detailDuration"_s);
    m_type = addRow(tr("Type:"), u"detailType"_s);
    m_description = addRow(tr("Description:"), u"detailDescription"_s);
    m_notes = addRow(tr("Notes:"), u"detailNotes"_s);
    m_tasks = new QWidget(this);
    m_tasks->setObjectName(u"detailTasks"_s);
    m_taskGrid = new QGridLayout(m_tasks);
    m_taskGrid->setContentsMargins(0, 0, 0, 0);
    m_taskGrid->setHorizontalSpacing(12);
    m_taskGrid->setVerticalSpacing(4);
    m_form->addRow(tr("Tasks:"), m_tasks);
    m_created = addRow(tr("Created:"), u"detailCreated"_s);
    m_updated = addRow(tr("Updated:"), u"detailUpdated"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    layout->addWidget(m_number);
    layout->addLayout(badges);
    layout->addWidget(m_source);
    layout->addLayout(m_form);
    layout->addStretch(1);
}

QLabel *WorkOrderDetailForm::addRow(const QString &label, const QString &objectName)
{
    QLabel *value = plainLabel(this, objectName);
    auto *name = new QLabel(label, this);
    name->setObjectName(objectName + u"Label"_s);
    name->setBuddy(value);
    m_form->addRow(name, value);
    return value;
}

void WorkOrderDetailForm::setValue(QLabel *label, const QString &text, const QString &placeholder)
{
    // A missing value reads as a dimmed fact ("Not scheduled"), not as an empty gap.
    const bool missing = text.trimmed().isEmpty();
    label->setText(missing ? placeholder : text);
    label->setForegroundRole(missing ? QPalette::PlaceholderText : QPalette::WindowText);
}

void WorkOrderDetailForm::showOrder(const WorkOrder &order, const DetailSource &source)
{
    m_number->setText(order.number.isEmpty() ? order.id : order.number);
    const ColourScheme scheme = colourSchemeOf(palette());
    paintBadge(m_status, badgeStyle(order.status, scheme), WorkOrderColumns::statusText(order));
    const QString priority = WorkOrderColumns::priorityText(order);
    paintBadge(m_priority, badgeStyle(order.priority, scheme),
               priority.isEmpty() ? QString() : tr("%1 priority").arg(priority));

    if (source.fromCache) {
        QString note = tr("Shown from the offline cache, fetched %1.")
                           .arg(RelativeTime::format(source.cachedAt));
        if (source.partial)
            note += u' ' + tr("Only the list fields were cached: description, contact and "
                              "tasks show once the server can be reached.");
        m_source->setText(note);
    }
    m_source->setVisible(source.fromCache);

    setValue(m_customer, joinLines(order.customer.name, order.customer.address), tr("None"));
    setValue(m_contact,
             order.contact ? joinLines(order.contact->name, order.contact->phone) : QString(),
             tr("None"));
    setValue(m_technician, order.technician ? order.technician->name : QString(), tr("Unassigned"));
    setValue(m_scheduled, LocalDateTime::longDateShortTime(order.scheduledDate),
             tr("Not scheduled"));
    setValue(m_duration,
             order.estimatedDuration ? WorkOrderColumns::formatDuration(*order.estimatedDuration)
                                     : QString(),
             tr("No estimate"));
    setValue(m_type, order.workOrderType, tr("None"));
    setValue(m_description, order.description, tr("No description"));
    setValue(m_notes, order.notes, tr("No notes"));
    showTasks(order);
    setValue(m_created, LocalDateTime::shortText(order.createdAt), tr("Unknown"));
    setValue(m_updated, LocalDateTime::shortText(order.updatedAt), tr("Unknown"));
}

void WorkOrderDetailForm::showTasks(const WorkOrder &order)
{
    while (QLayoutItem *item = m_taskGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (order.tasks.isEmpty()) {
        QLabel *none = plainLabel(m_tasks, u"detailNoTasks"_s);
        none->setText(tr("No tasks"));
        none->setForegroundRole(QPalette::PlaceholderText);
        m_taskGrid->addWidget(none, 0, 0);
        return;
    }
    for (int row = 0; row < order.tasks.size(); ++row) {
        const Task &task = order.tasks.at(row);
        QLabel *name = plainLabel(m_tasks, u"detailTaskName"_s);
        name->setText(task.name.isEmpty() ? task.id : task.name);
        QLabel *status = plainLabel(m_tasks, u"detailTaskStatus"_s);
        status->setText(task.status.isEmpty() ? tr("No status") : readableWord(task.status));
        status->setForegroundRole(QPalette::PlaceholderText);
        status->setWordWrap(false);
        m_taskGrid->addWidget(name, row, 0);
        m_taskGrid->addWidget(status, row, 1, Qt::AlignRight | Qt::AlignTop);
    }
    m_taskGrid->setColumnStretch(0, 1);
}

} // namespace fentu
