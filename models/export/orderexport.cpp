#include "export/orderexport.h"

#include "export/csvformat.h"
#include "export/viewpages.h"
#include "export/xlsxsheet.h"
#include "itemmodels/workordercolumns.h"
#include "itemmodels/workordertablemodel.h"

#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

bool isTimeColumn(int column)
{
    return column == WorkOrderTableModel::ScheduledColumn ||
           column == WorkOrderTableModel::CreatedColumn;
}

QString utcText(const QVariant &value)
{
    const QDateTime at = value.toDateTime();
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QString localText(const QVariant &value)
{
    const QDateTime at = value.toDateTime();
    return at.isValid() ? at.toLocalTime().toOffsetFromUtc(at.toLocalTime().offsetFromUtc())
                              .toString(Qt::ISODate)
                        : QString();
}

/// Off the GUI thread: the whole file or nothing.
QString writeFile(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return OrderExport::tr("Cannot write %1: %2").arg(path, file.errorString());
    // A byte-order mark: spreadsheet programs then read the file as UTF-8.
    const QByteArray bytes = "\xEF\xBB\xBF" + text.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return OrderExport::tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace

OrderExport::OrderExport(WorkOrderPageSource *source, const WorkOrderFilter &filter,
                         const QList<int> &columns, const QString &path, QObject *parent)
    : QObject(parent), m_pages(new ViewPages(source, filter, this)), m_columns(columns),
      m_path(path)
{
    connect(&m_writing, &QFutureWatcher<QString>::finished, this, [this] {
        emit finished(m_pages->count(), m_writing.result());
    });
}

OrderExport::~OrderExport()
{
    m_pages->cancel();
    m_writing.waitForFinished(); // only at teardown: the file must not outlive its writer
}

bool OrderExport::isWorkbook(const QString &path)
{
    return path.endsWith(u".xlsx"_s, Qt::CaseInsensitive);
}

QStringList OrderExport::workbookHeader(const QList<int> &columns)
{
    QStringList names = header(columns);
    // A number of minutes, not the "1 h 30 min" the table shows: a spreadsheet can add them.
    const qsizetype at =
        names.indexOf(WorkOrderColumns::headerText(WorkOrderTableModel::DurationColumn));
    if (at >= 0)
        names[at] = tr("%1 (minutes)").arg(names[at]);
    return names;
}

QVariantList OrderExport::cells(const WorkOrderSummary &order, const QList<int> &columns)
{
    QVariantList values;
    for (int column : columns) {
        if (isTimeColumn(column)) {
            const QDateTime at = WorkOrderColumns::rawValue(order, column).toDateTime();
            values << (at.isValid() ? QVariant(at.toUTC()) : QVariant(QString()))
                   << (at.isValid() ? QVariant(at.toLocalTime()) : QVariant(QString()));
        } else if (column == WorkOrderTableModel::DurationColumn) {
            values << (order.estimatedDuration ? QVariant(*order.estimatedDuration)
                                               : QVariant(QString()));
        } else {
            values << WorkOrderColumns::displayText(order, column);
        }
    }
    return values;
}

QStringList OrderExport::header(const QList<int> &columns)
{
    QStringList names;
    for (int column : columns) {
        const QString name = WorkOrderColumns::headerText(column);
        if (isTimeColumn(column))
            names << tr("%1 (UTC)").arg(name) << tr("%1 (local time)").arg(name);
        else
            names << name;
    }
    return names;
}

QStringList OrderExport::fields(const WorkOrderSummary &order, const QList<int> &columns)
{
    QStringList values;
    for (int column : columns) {
        if (isTimeColumn(column)) {
            const QVariant at = WorkOrderColumns::rawValue(order, column);
            values << utcText(at) << localText(at);
        } else {
            values << WorkOrderColumns::displayText(order, column);
        }
    }
    return values;
}

void OrderExport::start()
{
    m_workbook = isWorkbook(m_path);
    if (!m_workbook)
        m_text = CsvFormat::record(header(m_columns));
    m_pages->start(
        [this](const QList<WorkOrderSummary> &orders) {
            for (const WorkOrderSummary &order : orders) {
                if (m_workbook)
                    m_cells.append(cells(order, m_columns));
                else
                    m_text += CsvFormat::record(fields(order, m_columns));
            }
            emit progress(m_pages->count(), m_pages->total());
        },
        [this](const QString &error) {
            if (error.isEmpty())
                write();
            else
                emit finished(0, error);
        });
}

void OrderExport::cancel()
{
    m_pages->cancel();
}

void OrderExport::write()
{
    emit writing();
    if (m_workbook) {
        m_writing.setFuture(QtConcurrent::run(XlsxSheet::write, m_path, tr("Work orders"),
                                              workbookHeader(m_columns),
                                              std::exchange(m_cells, {})));
        return;
    }
    m_writing.setFuture(QtConcurrent::run(writeFile, m_path, std::exchange(m_text, {})));
}

} // namespace fentu
