#include "export/orderexport.h"

#include "export/csvformat.h"
#include "export/xlsxsheet.h"
#include "itemmodels/localdatetime.h"
#include "itemmodels/workordercolumns.h"
#include "itemmodels/workordertablemodel.h"
#include "pages/workorderpagesource.h"

#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

constexpr int kPerPage = 100;
constexpr int kMaxPages = 100000; // never follow a server whose page count lies forever

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
    : QObject(parent), m_source(source), m_filter(filter), m_columns(columns), m_path(path)
{
    connect(&m_writing, &QFutureWatcher<QString>::finished, this, [this] {
        emit finished(m_count, m_writing.result());
    });
}

OrderExport::~OrderExport()
{
    if (m_call)
        m_call->cancel();
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
    const qsizetype at = names.indexOf(WorkOrderColumns::headerText(WorkOrderTableModel::DurationColumn));
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
    fetch(1);
}

void OrderExport::cancel()
{
    m_cancelled = true;
    if (m_call)
        m_call->cancel();
}

void OrderExport::fetch(int page)
{
    if (!m_source) {
        emit finished(0, tr("The work orders are no longer available."));
        return;
    }
    m_call = m_source->fetchPage(
        m_filter.toQuery(page, kPerPage), this,
        [this, page](ApiResult<Page<WorkOrderSummary>> result) {
            if (m_cancelled)
                return;
            if (!result.isOk()) {
                emit finished(0, result.error().userMessage());
                return;
            }
            const Page<WorkOrderSummary> &got = result.value();
            if (page == 1)
                m_total = got.meta.totalCount;
            for (const WorkOrderSummary &order : got.items) {
                if (!m_filter.matchesLocally(order) || m_seen.contains(order.id))
                    continue;
                m_seen.insert(order.id);
                if (m_workbook)
                    m_cells.append(cells(order, m_columns));
                else
                    m_text += CsvFormat::record(fields(order, m_columns));
                ++m_count;
            }
            emit progress(m_count, m_total);
            const bool more = page < got.meta.totalPages &&
                              (!got.items.isEmpty() || got.withheld > 0) && page < kMaxPages;
            if (more)
                fetch(page + 1);
            else
                write();
        });
}

void OrderExport::write()
{
    if (m_workbook) {
        m_writing.setFuture(QtConcurrent::run(XlsxSheet::write, m_path, tr("Work orders"),
                                              workbookHeader(m_columns),
                                              std::exchange(m_cells, {})));
        return;
    }
    m_writing.setFuture(QtConcurrent::run(writeFile, m_path, std::exchange(m_text, {})));
}

} // namespace fentu
