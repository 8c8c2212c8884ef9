#include "orderlistformatter.h"

#include "csvformatter.h"
#include "jsonformatter.h"
#include "listcolumns.h"
#include "tableformatter.h"

#include <QJsonValue>

namespace fentu::cli {

namespace {

QList<QStringList> cells(const QList<WorkOrderSummary> &orders,
                         const QList<ListColumns::Column> &columns)
{
    QList<QStringList> rows;
    rows.reserve(orders.size());
    for (const WorkOrderSummary &order : orders) {
        QStringList row;
        for (const ListColumns::Column column : columns)
            row.append(ListColumns::value(order, column));
        rows.append(row);
    }
    return rows;
}

/// For an order that carries no server object: its columns, under the csv names.
QJsonObject columnsObject(const WorkOrderSummary &order)
{
    QJsonObject object;
    for (const ListColumns::Column column : ListColumns::csvColumns()) {
        const QString value = ListColumns::value(order, column);
        object.insert(ListColumns::key(column), value.isEmpty() ? QJsonValue() : value);
    }
    return object;
}

} // namespace

QString OrderListFormatter::format(const QList<WorkOrderSummary> &orders, OutputFormat format)
{
    switch (format) {
    case OutputFormat::Csv: {
        QStringList header;
        for (const ListColumns::Column column : ListColumns::csvColumns())
            header.append(ListColumns::key(column));
        return CsvFormatter::format(header, cells(orders, ListColumns::csvColumns()));
    }
    case OutputFormat::Json: {
        QList<QJsonObject> objects;
        objects.reserve(orders.size());
        for (const WorkOrderSummary &order : orders)
            objects.append(order.raw.isEmpty() ? columnsObject(order) : order.raw);
        return JsonFormatter::array(objects);
    }
    case OutputFormat::Table:
    case OutputFormat::Text:
    case OutputFormat::Xlsx: // a file: ListCommand writes it
        break;
    }
    QStringList titles;
    for (const ListColumns::Column column : ListColumns::tableColumns())
        titles.append(ListColumns::title(column));
    return TableFormatter::format(titles, cells(orders, ListColumns::tableColumns()));
}

} // namespace fentu::cli
