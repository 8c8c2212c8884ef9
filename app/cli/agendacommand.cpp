#include "agendacommand.h"

#include "allpages.h"
#include "console.h"
#include "formatters/agendaformatter.h"
#include "subcommandparser.h"

#include "cache/cachestore.h"
#include "filter/workorderfilter.h"
#include "print/daysheetprinter.h"
#include "print/daysheets.h"
#include "print/orderdetails.h"
#include "settings/appsettings.h"
#include "sync/lookuploader.h"

#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fentu::cli {

bool AgendaCommand::writesPdf(const QStringList &arguments)
{
    // Before any parsing (the application object comes first): "agenda" among the words and a
    // --pdf option. A false match only costs a QGuiApplication on the offscreen platform.
    if (!arguments.contains(kName))
        return false;
    return std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &word) {
        return word == u"--pdf"_s || word.startsWith(u"--pdf="_s);
    });
}

Invocation AgendaCommand::parse(const QStringList &arguments)
{
    SubcommandParser parser(
        kName, tr("--date YYYY-MM-DD [options]"),
        tr("Lists each technician's work orders of a day (or of --days days from it), in your "
           "local time, by technician and start; orders that overlap another of the same "
           "technician are flagged CLASH. From the server (written through to the offline "
           "cache) or, with --offline, from the cache. --pdf writes the day sheets Fentu Desk "
           "prints instead: a page per technician and day with each order's customer, address, "
           "contact, description, notes and tasks."));
    const QCommandLineOption date(u"date"_s, tr("The (first) day, in your local time."),
                                  tr("YYYY-MM-DD"));
    const QCommandLineOption days(
        u"days"_s, tr("How many days from --date, 1 to %1 (default 1).").arg(kMaxDays), tr("N"));
    const QCommandLineOption technician(u"technician"_s, tr("Only this technician's orders."),
                                        tr("ID"));
    const QCommandLineOption offline(u"offline"_s,
                                     tr("Reads the offline cache; the server is not contacted."));
    const QCommandLineOption format =
        outputFormatOption({OutputFormat::Table, OutputFormat::Csv, OutputFormat::Json});
    const QCommandLineOption pdf(
        u"pdf"_s,
        tr("Writes the day sheets to FILE as PDF instead (not with --format). With --offline, "
           "an order whose details were never fetched says so on its sheet."),
        tr("FILE"));
    for (const QCommandLineOption &option : {date, days, technician, offline, format, pdf})
        parser.addOption(option);
    if (auto stop = parser.parse(arguments))
        return std::move(*stop);

    AgendaArguments agenda;
    if (!parser.isSet(date))
        return Invocation::usageError(tr("agenda needs --date YYYY-MM-DD"));
    agenda.date = QDate::fromString(parser.value(date).trimmed(), u"yyyy-MM-dd"_s);
    if (!agenda.date.isValid())
        return Invocation::usageError(
            tr("--date: expected a date as YYYY-MM-DD, such as 2024-01-27"));
    if (parser.isSet(days)) {
        bool ok = false;
        agenda.days = parser.value(days).trimmed().toInt(&ok);
        if (!ok || agenda.days < 1 || agenda.days > kMaxDays)
            return Invocation::usageError(
                tr("--days must be a whole number from 1 to %1").arg(kMaxDays));
    }
    if (parser.isSet(technician)) {
        agenda.technicianId = parser.value(technician).trimmed();
        if (agenda.technicianId.isEmpty())
            return Invocation::usageError(tr("--technician needs an id"));
    }
    agenda.offline = parser.isSet(offline);
    if (parser.isSet(pdf)) {
        if (parser.isSet(format))
            return Invocation::usageError(
                tr("--pdf writes the day sheets; it does not take --format"));
        agenda.pdfPath = parser.value(pdf).trimmed();
        if (agenda.pdfPath.isEmpty())
            return Invocation::usageError(tr("--pdf needs a file name"));
    }
    const auto chosen = parseOutputFormat(
        parser.value(format), {OutputFormat::Table, OutputFormat::Csv, OutputFormat::Json});
    if (!chosen)
        return Invocation::usageError(tr("--format must be table, csv or json"));
    agenda.format = *chosen;
    m_arguments = std::move(agenda);
    return Invocation::run(parser.global());
}

Needs AgendaCommand::needs() const
{
    // Online the cache only gets a copy (and stands in for a detail the server cannot give).
    return {.server = !m_arguments.offline, .cache = m_arguments.offline};
}

BoardSpan AgendaCommand::span() const
{
    // The working hours and the length of an order without one, as the window's board has them.
    const BoardPreferences preferences = AppSettings().boardPreferences();
    BoardSpan span;
    span.firstDay = m_arguments.date;
    span.days = m_arguments.days;
    span.workStart = preferences.workStart;
    span.workEnd = preferences.workEnd;
    span.defaultDurationMinutes = preferences.defaultDurationMinutes;
    return span;
}

void AgendaCommand::run(Done done)
{
    m_done = std::move(done);
    // The local days as the window's filter turns them into the server's UTC dates.
    WorkOrderFilter filter;
    // From the day before, as the board: an order from the evening before that runs into the
    // first day is on its sheet (the layout keeps what overlaps the days).
    filter.fromDate = m_arguments.date.addDays(-1);
    filter.toDate = m_arguments.date.addDays(m_arguments.days - 1);
    filter.technicianId = m_arguments.technicianId;
    if (m_arguments.offline) {
        m_pages =
            new AllPages(AllPages::fromCache(m_services.cache), AllPages::kCachePageSize, this);
    } else {
        m_pages = new AllPages(AllPages::fromServer(m_services.client, m_services.apiKey),
                               AllPages::kServerPageSize, this);
        if (CacheStore *cache = m_services.cache) {
            // Written through as `list` does; Session closes the cache only after these.
            m_pages->onPage(
                [cache](const QList<WorkOrderSummary> &orders) { cache->upsertSummaries(orders); });
        }
    }
    m_pages->start(filter.toQuery(1, 1), [this](std::optional<Failure> failure) {
        if (failure) {
            m_done(failure); // nothing printed: half an agenda would pass for the whole
            return;
        }
        loadTechnicians();
    });
}

void AgendaCommand::loadTechnicians()
{
    if (!m_arguments.technicianId.isEmpty()) {
        finish(); // one technician: their sheet whether or not they have orders
        return;
    }
    // Every active technician gets a sheet, as in the window ("No orders" on a free day): from
    // the server, or the cache offline or when the server's list fails.
    m_lookups = new LookupLoader(m_arguments.offline ? nullptr : m_services.client,
                                 m_services.cache, this);
    m_lookups->technicians(this, [this](LookupLoader::Result<Technician> result) {
        for (const Technician &technician : std::as_const(result.items)) {
            if (technician.active)
                m_technicians.append(technician);
        }
        finish();
    });
}

void AgendaCommand::finish()
{
    const QList<BoardRow> rows = layOut();
    if (!m_arguments.pdfPath.isEmpty()) {
        writePdf(rows);
        return;
    }
    m_services.console->print(AgendaFormatter::format(sheets(rows, {}), m_arguments.format));
    m_done(std::nullopt);
}

QList<BoardRow> AgendaCommand::layOut() const
{
    // The rows are the active technicians and those with orders in the span, by name (the
    // command line has no board order to follow); BoardLayout finds the clashes and late work
    // as the board does.
    QList<Technician> technicians = m_technicians;
    for (const WorkOrderSummary &order : m_pages->orders()) {
        if (order.technician && !order.technician->id.isEmpty() &&
            std::none_of(technicians.cbegin(), technicians.cend(),
                         [&](const Technician &t) { return t.id == order.technician->id; }))
            technicians.append(*order.technician);
    }
    std::stable_sort(technicians.begin(), technicians.end(),
                     [](const Technician &a, const Technician &b) {
                         return QString::localeAwareCompare(a.name, b.name) < 0;
                     });
    for (Technician &technician : technicians)
        technician.active = true; // listed because of their orders, not the lookup
    return BoardLayout::layOut(span(), technicians, m_pages->orders(),
                               QDateTime::currentDateTimeUtc());
}

QList<DaySheet> AgendaCommand::sheets(const QList<BoardRow> &rows,
                                      const QHash<QString, OrderDetail> &details) const
{
    QList<DaySheet> sheets = DaySheets::build(span(), rows, details);
    if (!m_arguments.technicianId.isEmpty()) {
        // Asked for one technician without orders: the sheets still say whose they are.
        for (DaySheet &sheet : sheets) {
            if (!sheet.unassigned && sheet.technician.id.isEmpty())
                sheet.technician.id = m_arguments.technicianId;
        }
    }
    return sheets;
}

void AgendaCommand::writePdf(const QList<BoardRow> &rows)
{
    m_details = new OrderDetails(
        m_arguments.offline ? OrderDetails::fromCache(m_services.cache)
                            : OrderDetails::fromServer(m_services.client, m_services.cache),
        OrderDetails::kDefaultInFlight, this);
    m_details->load(DaySheets::orderIds(rows), [this, rows](QHash<QString, OrderDetail> found) {
        const QList<DaySheet> pages = sheets(rows, found);
        const QString error = DaySheetPrinter::writePdf(pages, m_arguments.pdfPath);
        if (!error.isEmpty()) {
            m_done(Failure::local(error));
            return;
        }
        int missing = 0;
        for (const OrderDetail &detail : std::as_const(found))
            missing += detail.order ? 0 : 1;
        if (missing > 0)
            m_services.console->warning(
                tr("%n order(s) printed without their details (see the sheets)", nullptr, missing));
        m_services.console->print(tr("%n day sheet(s) written to %1", nullptr, int(pages.size()))
                                      .arg(QFileInfo(m_arguments.pdfPath).absoluteFilePath()) +
                                  u'\n');
        m_done(std::nullopt);
    });
}

} // namespace fentu::cli
