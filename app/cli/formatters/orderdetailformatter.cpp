#include "orderdetailformatter.h"

#include "tableformatter.h"

#include "domain/isodatetime.h"

#include <QList>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fentu::cli {

namespace {

/// "Name (id)", or whichever of the two is known.
QString named(const QString &name, const QString &id)
{
    if (name.isEmpty())
        return id;
    if (id.isEmpty())
        return name;
    return u"%1 (%2)"_s.arg(name, id);
}

/// Continuation lines of a multi-line text are indented under the first; other control
/// characters become spaces, so nothing can move the cursor or clear the terminal.
QString indented(const QString &text)
{
    QString unified = text;
    unified.replace(u"\r\n"_s, u"\n"_s);
    unified.replace(u'\r', u'\n');
    QStringList lines = unified.split(u'\n');
    for (QString &line : lines)
        line = TableFormatter::sanitized(line);
    return lines.join(u"\n  "_s);
}

} // namespace

QString OrderDetailFormatter::format(const WorkOrder &order)
{
    QList<std::pair<QString, QString>> fields;
    const auto add = [&fields](const QString &label, const QString &value) {
        if (!value.isEmpty())
            fields.append({label, value});
    };
    add(tr("Number"), order.number);
    add(tr("ID"), order.id);
    add(tr("Status"), order.statusText.isEmpty() ? statusToApi(order.status) : order.statusText);
    add(tr("Priority"),
        order.priorityText.isEmpty() ? priorityToApi(order.priority) : order.priorityText);
    add(tr("Type"), order.workOrderType);
    add(tr("Customer"), named(order.customer.name, order.customer.id));
    add(tr("Address"), order.customer.address);
    if (order.contact) {
        QStringList parts{named(order.contact->name, order.contact->id)};
        if (!order.contact->phone.isEmpty())
            parts.append(order.contact->phone);
        if (!order.contact->email.isEmpty())
            parts.append(order.contact->email);
        add(tr("Contact"), parts.join(u", "_s));
    }
    if (order.technician)
        add(tr("Technician"), named(order.technician->name, order.technician->id));
    add(tr("Scheduled"), formatIsoDateTime(order.scheduledDate));
    if (order.estimatedDuration)
        add(tr("Duration"), tr("%1 min").arg(*order.estimatedDuration));
    add(tr("Created"), formatIsoDateTime(order.createdAt));
    add(tr("Updated"), formatIsoDateTime(order.updatedAt));

    qsizetype width = 0;
    for (const auto &field : fields)
        width = std::max(width, field.first.size() + 1);
    QString text;
    for (const auto &[label, value] : fields)
        text += (label + u':').leftJustified(width + 1) + TableFormatter::sanitized(value) + u'\n';

    if (!order.description.isEmpty())
        text += u'\n' + tr("Description:") + u"\n  "_s + indented(order.description) + u'\n';
    if (!order.notes.isEmpty())
        text += u'\n' + tr("Notes:") + u"\n  "_s + indented(order.notes) + u'\n';
    if (!order.tasks.isEmpty()) {
        text += u'\n' + tr("Tasks:") + u'\n';
        for (const Task &task : order.tasks) {
            QString line = u"  - "_s;
            if (!task.status.isEmpty())
                line += u'[' + task.status + u"] "_s;
            line += named(task.name, task.id);
            text += TableFormatter::sanitized(line) + u'\n';
        }
    }
    return text;
}

} // namespace fentu::cli
