#pragma once

#include "command.h"
#include "formatters/outputformat.h"

#include "api/workorderquery.h"
#include "cache/cacheerror.h"
#include "domain/workorder.h"
#include "filter/workorderfilter.h"

namespace fentu::cli {

class AllPages;

struct ListArguments
{
    /// The filters; page and per_page are the pager's. fromDate and toDate are the user's
    /// local days, as in the window (the server is asked for the UTC dates they touch, and the
    /// rows are narrowed to the local days).
    WorkOrderQuery query;
    bool offline = false;
    QString search; // set: the cache's orders whose words match (the server has no search)
    OutputFormat format = OutputFormat::Table;
    QString output; // --output: where xlsx goes
};

/// `fentu-cli list [--status S] [--customer ID] [--technician ID] [--from D] [--to D]
/// [--search TEXT] [--offline] [--format table|csv|json | --format xlsx --output FILE]`: every matching order from the server, each page
/// written through to the cache, or from the cache alone with --offline; printed once all
/// pages are in.
class ListCommand : public Command
{
    Q_OBJECT
public:
    static constexpr QLatin1StringView kName{"list"};
    static constexpr const char *kSummary =
        QT_TRANSLATE_NOOP("fentu::cli::CommandLine",
                          "Lists the work orders that match filters (table, csv or json).");

    Invocation parse(const QStringList &arguments) override;
    Needs needs() const override;
    const ListArguments &arguments() const { return m_arguments; }

private:
    void run(Done done) override;
    void writeThrough(const QList<WorkOrderSummary> &orders);
    void finishWhenWritten();

    ListArguments m_arguments;
    WorkOrderFilter m_filter; // the arguments as the window's filter: local days
    AllPages *m_pages = nullptr;
    Done m_done;
    bool m_listed = false;
    int m_writesPending = 0;
    CacheError m_writeError;
};

} // namespace fentu::cli
