#include "boardprinting.h"

#include "boardcontroller.h"
#include "boardimageprinter.h"
#include "boardpanel.h"

#include "board/boardmodel.h"
#include "print/daysheetprinter.h"
#include "print/daysheets.h"
#include "print/orderdetails.h"
#include "connectivity/connectivitymonitor.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

QAction *makeAction(QWidget *window, const QString &objectName, const QString &text,
                    const QString &tip, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, window);
    action->setObjectName(objectName);
    action->setStatusTip(tip);
    action->setShortcut(shortcut);
    window->addAction(action);
    return action;
}

} // namespace

BoardPrinting::BoardPrinting(const Services &services, BoardController *board, QWidget *window)
    : QObject(window), m_services(services), m_board(board), m_window(window),
      m_print(makeAction(window, u"actionPrint"_s, tr("&Print…"),
                         tr("Print what is shown: the list, or the board's days as day sheets "
                            "per technician or as the board"),
                         QKeySequence::Print)),
      m_exportPdf(makeAction(window, u"actionExportPdf"_s, tr("&Export PDF…"),
                             tr("Save the board's days as PDF: day sheets per technician, or "
                                "the board"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E))),
      m_details(nullptr)
{
    setObjectName(u"boardPrinting"_s);
    connect(m_print, &QAction::triggered, this, &BoardPrinting::askAndPrint);
    connect(m_exportPdf, &QAction::triggered, this, &BoardPrinting::askAndExport);
    // The board's days are what is printed: only while the board shows.
    connect(m_board->showBoardAction(), &QAction::toggled, this, &BoardPrinting::updateEnabled);
    updateEnabled();
}

BoardPrinting::~BoardPrinting() = default;

void BoardPrinting::updateEnabled()
{
    // The action's state, not the stack's: toggled() comes before the stack changes. Print…
    // prints the list too; Export PDF… is the board's days only.
    const bool shown = m_board->showBoardAction()->isChecked();
    m_exportPdf->setEnabled(shown);
    m_exportPdf->setToolTip(shown ? QString()
                                  : tr("Show the board (View ▸ Board) to save its days as PDF"));
}

void BoardPrinting::setNextExportForTesting(Choice choice, const QString &path)
{
    m_nextExport = {choice, path};
}

void BoardPrinting::askAndPrint()
{
    if (!m_board->showBoardAction()->isChecked()) {
        emit listPrintRequested();
        return;
    }
    auto *dialog = new PrintChoiceDialog(tr("Print"), tr("Pre&view…"), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Choice choice = dialog->choice();
        if (choice == Choice::Board) {
            preview(choice, {});
            return;
        }
        prepareSheets(
            [this](const QList<DaySheet> &sheets) { preview(Choice::DaySheets, sheets); });
    });
    dialog->open();
}

void BoardPrinting::askAndExport()
{
    if (m_nextExport) {
        const auto [choice, path] = *std::exchange(m_nextExport, std::nullopt);
        exportPdf(choice, path);
        return;
    }
    auto *dialog = new PrintChoiceDialog(tr("Export PDF"), tr("&Export…"), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { askForFile(dialog->choice()); });
    dialog->open();
}

void BoardPrinting::askForFile(Choice choice)
{
    auto *files = new QFileDialog(m_window, tr("Export PDF"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setNameFilter(tr("PDF files (*.pdf)"));
    files->setDefaultSuffix(u"pdf"_s);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    files->selectFile(QDir(documents).filePath(suggestedFileName(choice)));
    connect(files, &QFileDialog::fileSelected, this,
            [this, choice](const QString &path) { exportPdf(choice, path); });
    files->open();
}

QString BoardPrinting::suggestedFileName(Choice choice) const
{
    const QString day = m_board->model()->span().firstDay.toString(Qt::ISODate);
    // File names are not translated: they travel by mail to people with other languages.
    return choice == Choice::Board ? u"board-%1.pdf"_s.arg(day) : u"day-sheets-%1.pdf"_s.arg(day);
}

void BoardPrinting::exportPdf(Choice choice, const QString &path)
{
    if (choice == Choice::Board) {
        const QString error =
            BoardImagePrinter::writePdf(m_board->panel(), m_board->model()->span(), path);
        emit message(error.isEmpty() ? tr("The board was saved as %1").arg(path) : error);
        emit pdfWritten(path, error);
        return;
    }
    prepareSheets([this, path](const QList<DaySheet> &sheets) {
        const QString error = DaySheetPrinter::writePdf(sheets, path);
        emit message(error.isEmpty()
                         ? tr("%n day sheet(s) saved as %1", nullptr, int(sheets.size())).arg(path)
                         : error);
        emit pdfWritten(path, error);
    });
}

void BoardPrinting::prepareSheets(std::function<void(QList<DaySheet>)> ready)
{
    BoardModel *model = m_board->model();
    // The rows and the span now: the board may move on while the details arrive. The rows of
    // the technicians shown (Technicians…), even those "Clashes only" hides: a technician's
    // sheet is the whole day. A status or customer filter does leave orders out, so each sheet
    // says which it holds.
    const BoardSpan span = model->span();
    const QList<BoardRow> rows = model->teamRows();
    const QString scope = model->filter().isEmpty() ? QString() : model->filter().summary();
    ready = [ready, scope](QList<DaySheet> sheets) {
        for (DaySheet &sheet : sheets)
            sheet.scope = scope;
        ready(std::move(sheets));
    };
    const bool online = !m_services.monitor || m_services.monitor->isOnline();
    OrderDetails::Fetch fetch;
    if (online && m_services.client)
        fetch = OrderDetails::fromServer(m_services.client, m_services.store);
    else if (m_services.store)
        fetch = OrderDetails::fromCache(m_services.store);
    if (!fetch) {
        ready(DaySheets::build(span, rows, {}, tr("Details not available")));
        return;
    }
    delete m_details; // a second request replaces the first, whose answers are dropped
    m_details = new OrderDetails(fetch, OrderDetails::kDefaultInFlight, this);
    emit message(tr("Preparing the day sheets…"));
    m_details->load(DaySheets::orderIds(rows),
                    [span, rows, ready](QHash<QString, OrderDetail> details) {
                        ready(DaySheets::build(span, rows, details));
                    });
}

void BoardPrinting::preview(Choice choice, const QList<DaySheet> &sheets)
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setDocName(choice == Choice::Board ? tr("Board") : tr("Day sheets"));
    auto *dialog = new QPrintPreviewDialog(printer, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The printer lives as long as the dialog that paints on it.
    connect(dialog, &QObject::destroyed, this, [printer] { delete printer; });
    const QPointer<BoardPanel> panel = m_board->panel();
    const BoardSpan span = m_board->model()->span();
    if (choice == Choice::Board)
        printer->setPageOrientation(QPageLayout::Landscape);
    connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
            [choice, sheets, panel, span](QPrinter *target) {
                if (choice == Choice::Board) {
                    if (panel)
                        BoardImagePrinter::print(panel, span, target);
                } else {
                    DaySheetPrinter::print(sheets, target);
                }
            });
    emit message({});
    dialog->open();
}

} // namespace fentu
