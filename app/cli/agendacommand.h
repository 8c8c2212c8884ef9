#pragma once

#include "command.h"
#include "formatters/outputformat.h"

#include "board/boardlayout.h"
#include "domain/workorder.h"
#include "print/daysheet.h"

#include <QDate>
#include <QHash>

namespace fentu {
class LookupLoader;
class OrderDetails;
}

namespace fentu::cli {

class AllPages;

struct AgendaArguments
{
    QDate date; // the first local day
    int days = 1;
    QString technicianId; // empty: everyone, and the unassigned orders
    bool offline = false;
    OutputFormat format = OutputFormat::Table;
    QString pdfPath; // set: write the day sheets there instead of printing the agenda
};

/// `fentu-cli agenda --date YYYY-MM-DD [--days N] [--technician ID] [--offline]
/// [--format table|csv|json | --pdf FILE]`: each technician's orders of the local day(s),
/// clashes and late work flagged, from the server (written through to the cache) or the cache;
/// --pdf writes the day sheets Fentu Desk prints, with every order's details.
class AgendaCommand : public Command
{
    Q_OBJECT
public:
    static constexpr QLatin1StringView kName{"agenda"};
    static constexpr const char *kSummary = QT_TRANSLATE_NOOP(
        "fentu::cli::CommandLine",
        "Lists each technician's orders of a day or days, clashes flagged (table, csv, json, or "
        "the day sheets as PDF).");
    static constexpr int kMaxDays = 31;

    /// True when `arguments` (the whole command line) run agenda with --pdf: main() then makes
    /// a QGuiApplication, which writing a PDF needs for its fonts.
    static bool writesPdf(const QStringList &arguments);

    Invocation parse(const QStringList &arguments) override;
    Needs needs() const override;
    const AgendaArguments &arguments() const { return m_arguments; }

private:
    void run(Done done) override;
    BoardSpan span() const;
    void loadTechnicians();
    void finish();
    QList<BoardRow> layOut() const;
    void writePdf(const QList<BoardRow> &rows);
    QList<DaySheet> sheets(const QList<BoardRow> &rows,
                           const QHash<QString, OrderDetail> &details) const;

    AgendaArguments m_arguments;
    AllPages *m_pages = nullptr;
    LookupLoader *m_lookups = nullptr;
    QList<Technician> m_technicians; // the active ones, each with a sheet as in the window
    OrderDetails *m_details = nullptr;
    Done m_done;
};

} // namespace fentu::cli
