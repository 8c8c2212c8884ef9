#include "agendaformatter.h"

#include "csvformatter.h"
#include "jsonformatter.h"
#include "listcolumns.h"
#include "tableformatter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace fentu::cli {

namespace {

QString technicianName(const DaySheet &sheet)
{
    return sheet.unassigned ? AgendaFormatter::tr("Unassigned") : sheet.technicianName();
}

QString flags(const SheetOrder &item)
{
    QStringList words;
    if (item.clash)
        words << AgendaFormatter::tr("CLASH");
    if (item.late)
        words << AgendaFormatter::tr("late");
    return words.join(u", "_s);
}

QString table(const QList<DaySheet> &sheets)
{
    const QStringList headers{AgendaFormatter::tr("DAY"),      AgendaFormatter::tr("TECHNICIAN"),
                              AgendaFormatter::tr("TIME"),     AgendaFormatter::tr("NUMBER"),
                              AgendaFormatter::tr("CUSTOMER"), AgendaFormatter::tr("ADDRESS"),
                              AgendaFormatter::tr("STATUS"),   AgendaFormatter::tr("FLAGS")};
    QList<QStringList> rows;
    for (const DaySheet &sheet : sheets) {
        for (const SheetOrder &item : sheet.orders) {
            const WorkOrder &order = item.order;
            const QLocale locale;
            rows.append(
                {sheet.day.toString(Qt::ISODate), technicianName(sheet),
                 u"%1–%2"_s.arg(locale.toString(item.start.toLocalTime().time(), u"HH:mm"_s),
                                locale.toString(item.end.toLocalTime().time(), u"HH:mm"_s)),
                 order.number.isEmpty() ? order.id : order.number,
                 order.customer.name.isEmpty() ? order.customer.id : order.customer.name,
                 order.customer.address, ListColumns::value(order, ListColumns::Status),
                 flags(item)});
        }
    }
    if (rows.isEmpty())
        return AgendaFormatter::tr("No orders.") + u'\n';
    return TableFormatter::format(headers, rows);
}

QString csv(const QList<DaySheet> &sheets)
{
    // Stable names: scripts key on them, never rename one.
    const QStringList header{u"date"_s,
                             u"technician_id"_s,
                             u"technician_name"_s,
                             u"start"_s,
                             u"end"_s,
                             u"id"_s,
                             u"work_order_number"_s,
                             u"status"_s,
                             u"priority"_s,
                             u"customer_id"_s,
                             u"customer_name"_s,
                             u"customer_address"_s,
                             u"clash"_s,
                             u"late"_s,
                             u"assumed_duration"_s};
    QList<QStringList> rows;
    for (const DaySheet &sheet : sheets) {
        for (const SheetOrder &item : sheet.orders) {
            const WorkOrder &order = item.order;
            rows.append({sheet.day.toString(Qt::ISODate), sheet.technician.id,
                         sheet.technician.name, AgendaFormatter::localIso(item.start),
                         AgendaFormatter::localIso(item.end), order.id, order.number,
                         ListColumns::value(order, ListColumns::Status),
                         ListColumns::value(order, ListColumns::Priority), order.customer.id,
                         order.customer.name, order.customer.address,
                         item.clash ? u"true"_s : u"false"_s, item.late ? u"true"_s : u"false"_s,
                         item.assumedDuration ? u"true"_s : u"false"_s});
        }
    }
    return CsvFormatter::format(header, rows);
}

QString json(const QList<DaySheet> &sheets)
{
    QList<QJsonObject> days;
    for (const DaySheet &sheet : sheets) {
        QJsonArray orders;
        for (const SheetOrder &item : sheet.orders) {
            orders.append(QJsonObject{{u"start"_s, AgendaFormatter::localIso(item.start)},
                                      {u"end"_s, AgendaFormatter::localIso(item.end)},
                                      {u"clash"_s, item.clash},
                                      {u"late"_s, item.late},
                                      {u"assumed_duration"_s, item.assumedDuration},
                                      {u"order"_s, item.order.raw}});
        }
        const QJsonValue technician =
            sheet.unassigned || sheet.technician.id.isEmpty()
                ? QJsonValue()
                : QJsonObject{{u"id"_s, sheet.technician.id}, {u"name"_s, sheet.technician.name}};
        days.append(QJsonObject{{u"date"_s, sheet.day.toString(Qt::ISODate)},
                                {u"technician"_s, technician},
                                {u"unassigned"_s, sheet.unassigned},
                                {u"orders"_s, orders}});
    }
    return JsonFormatter::array(days);
}

} // namespace

QString AgendaFormatter::localIso(const QDateTime &instant)
{
    const QDateTime local = instant.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

QString AgendaFormatter::format(const QList<DaySheet> &sheets, OutputFormat format)
{
    switch (format) {
    case OutputFormat::Csv:
        return csv(sheets);
    case OutputFormat::Json:
        return json(sheets);
    case OutputFormat::Table:
    case OutputFormat::Text:
    case OutputFormat::Xlsx: // not offered by agenda
        break;
    }
    return table(sheets);
}

} // namespace fentu::cli
