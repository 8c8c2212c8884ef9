#include "listcommand.h"

#include "allpages.h"
#include "console.h"
#include "failure.h"
#include "formatters/orderlistformatter.h"
#include "subcommandparser.h"

#include "cache/cachestore.h"
#include "domain/ordervalidation.h"
#include "export/orderexport.h"
#include "export/xlsxsheet.h"
#include "itemmodels/workordertablemodel.h"

using namespace Qt::StringLiterals;

namespace fentu::cli {

namespace {

/// A strict YYYY-MM-DD, as the API's from_date and to_date take it.
std::optional<QDate> parseDay(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QDate date = QDate::fromString(trimmed, u"yyyy-MM-dd"_s);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

Invocation ListCommand::parse(const QStringList &arguments)
{
    SubcommandParser parser(
        kName, tr("[options]"),
        tr("Lists every work order that matches the filters, from the server (all pages, and "
           "written through to the offline cache) or, with --offline, from the cache. The rows "
           "come in the server's order: scheduled date, then id."));
    const QCommandLineOption status(
        u"status"_s,
        tr("Only orders with this status: draft, open, assigned, in_progress, on_hold, "
           "completed or cancelled."),
        tr("STATUS"));
    const QCommandLineOption customer(u"customer"_s, tr("Only this customer's orders."), tr("ID"));
    const QCommandLineOption technician(u"technician"_s,
                                        tr("Only orders assigned to this technician."), tr("ID"));
    const QCommandLineOption from(
        u"from"_s, tr("Only orders scheduled on or after this day (your local day)."),
        tr("YYYY-MM-DD"));
    const QCommandLineOption to(
        u"to"_s, tr("Only orders scheduled on or before this day (your local day)."),
        tr("YYYY-MM-DD"));
    const QCommandLineOption offline(u"offline"_s,
                                     tr("Reads the offline cache; the server is not contacted."));
    const QCommandLineOption search(
        u"search"_s,
        tr("Only orders whose number, customer, address, contact, phone, technician, type, "
           "description or notes hold every word of TEXT (the start of a word is enough; case "
           "and accents do not count). Searches the offline cache, as the window does: run "
           "sync first for the newest orders."),
        tr("TEXT"));
    const QCommandLineOption format = outputFormatOption(
        {OutputFormat::Table, OutputFormat::Csv, OutputFormat::Json, OutputFormat::Xlsx});
    const QCommandLineOption output(
        u"output"_s,
        tr("With --format xlsx: the workbook to write (the window's File > Export… columns: "
           "dates as dates, durations in minutes)."),
        tr("FILE"));
    for (const QCommandLineOption &option :
         {status, customer, technician, from, to, search, offline, format, output})
        parser.addOption(option);
    if (auto stop = parser.parse(arguments))
        return std::move(*stop);

    ListArguments list;
    list.offline = parser.isSet(offline);
    if (parser.isSet(search)) {
        list.search = parser.value(search).trimmed();
        if (list.search.isEmpty())
            return Invocation::usageError(tr("--search needs a word to look for"));
    }
    if (parser.isSet(status)) {
        FieldProblem problem;
        const auto parsed = OrderValidation::parseStatus(parser.value(status), &problem);
        if (!parsed)
            return Invocation::usageError(Failure::invalidFields({problem}).message);
        list.query.status = *parsed;
    }
    for (const auto &[option, target] : {std::pair{&customer, &list.query.customerId},
                                         std::pair{&technician, &list.query.technicianId}}) {
        if (!parser.isSet(*option))
            continue;
        *target = parser.value(*option).trimmed();
        if (target->isEmpty())
            return Invocation::usageError(tr("--%1 needs an id").arg(option->names().constFirst()));
    }
    for (const auto &[option, target] :
         {std::pair{&from, &list.query.fromDate}, std::pair{&to, &list.query.toDate}}) {
        if (!parser.isSet(*option))
            continue;
        const auto day = parseDay(parser.value(*option));
        if (!day)
            return Invocation::usageError(
                tr("--%1: expected a date as YYYY-MM-DD, such as 2024-01-27")
                    .arg(option->names().constFirst()));
        *target = *day;
    }
    if (list.query.fromDate.isValid() && list.query.toDate.isValid() &&
        list.query.fromDate > list.query.toDate)
        return Invocation::usageError(tr("--from is after --to: no order can match"));
    const auto chosen =
        parseOutputFormat(parser.value(format), {OutputFormat::Table, OutputFormat::Csv,
                                                 OutputFormat::Json, OutputFormat::Xlsx});
    if (!chosen)
        return Invocation::usageError(tr("--format must be table, csv, json or xlsx"));
    list.format = *chosen;
    list.output = parser.value(output).trimmed();
    if (list.format == OutputFormat::Xlsx && list.output.isEmpty())
        return Invocation::usageError(tr("--format xlsx needs --output FILE: a workbook is not "
                                         "printed"));
    if (list.format != OutputFormat::Xlsx && !list.output.isEmpty())
        return Invocation::usageError(tr("--output is for --format xlsx"));
    m_arguments = std::move(list);
    return Invocation::run(parser.global());
}

Needs ListCommand::needs() const
{
    // Without --offline the cache only gets a copy: the list works when it cannot be used. A
    // search reads the cache alone.
    const bool cacheOnly = m_arguments.offline || !m_arguments.search.isEmpty();
    return {.server = !cacheOnly, .cache = cacheOnly};
}

void ListCommand::run(Done done)
{
    m_done = std::move(done);
    if (!m_arguments.search.isEmpty()) {
        m_pages = new AllPages(AllPages::fromCacheSearch(m_services.cache, m_arguments.search),
                               AllPages::kCachePageSize, this);
    } else if (m_arguments.offline) {
        m_pages =
            new AllPages(AllPages::fromCache(m_services.cache), AllPages::kCachePageSize, this);
    } else {
        m_pages = new AllPages(AllPages::fromServer(m_services.client, m_services.apiKey),
                               AllPages::kServerPageSize, this);
        if (m_services.cache)
            m_pages->onPage(
                [this](const QList<WorkOrderSummary> &orders) { writeThrough(orders); });
    }
    // The local days as the window's filter turns them into the server's UTC dates.
    const WorkOrderQuery &given = m_arguments.query;
    m_filter.status = given.status;
    m_filter.customerId = given.customerId;
    m_filter.technicianId = given.technicianId;
    m_filter.fromDate = given.fromDate;
    m_filter.toDate = given.toDate;
    m_pages->start(m_filter.toQuery(1, 1), [this](std::optional<Failure> failure) {
        if (failure) {
            // Nothing is printed: a partial list would pass for the whole one in a script.
            m_done(failure);
            return;
        }
        m_listed = true;
        finishWhenWritten();
    });
}

void ListCommand::writeThrough(const QList<WorkOrderSummary> &orders)
{
    ++m_writesPending;
    m_services.cache->upsertSummaries(orders, this, [this](CacheResult<CacheDone> result) {
        --m_writesPending;
        if (!result.isOk() && !m_writeError.isError())
            m_writeError = result.error();
        finishWhenWritten();
    });
}

void ListCommand::finishWhenWritten()
{
    if (!m_listed || m_writesPending > 0)
        return;
    if (m_writeError.isError())
        m_services.console->warning(tr("the orders could not be saved in the offline cache: %1")
                                        .arg(m_writeError.userMessage()));
    // The UTC dates asked for reach a day beyond the local ones on either side.
    QList<WorkOrderSummary> rows;
    for (const WorkOrderSummary &order : m_pages->orders()) {
        if (m_filter.matchesLocally(order))
            rows.append(order);
    }
    if (m_arguments.format == OutputFormat::Xlsx) {
        // Every column of the window's table, as File ▸ Export… writes them.
        QList<int> columns;
        for (int column = 0; column < WorkOrderTableModel::ColumnCount; ++column)
            columns.append(column);
        QList<QVariantList> cells;
        cells.reserve(rows.size());
        for (const WorkOrderSummary &order : std::as_const(rows))
            cells.append(OrderExport::cells(order, columns));
        const QString error = XlsxSheet::write(m_arguments.output, tr("Work orders"),
                                               OrderExport::workbookHeader(columns), cells);
        if (!error.isEmpty()) {
            m_done(Failure::local(error));
            return;
        }
        m_services.console->print(
            tr("%n work order(s) written to %1", nullptr, int(rows.size())).arg(m_arguments.output) +
            u'\n');
        m_done(std::nullopt);
        return;
    }
    m_services.console->print(OrderListFormatter::format(rows, m_arguments.format));
    m_done(std::nullopt);
}

} // namespace fentu::cli
