#pragma once

#include "printchoicedialog.h"

#include "print/daysheet.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace fentu {

class ApiClient;
class BoardController;
class CacheStore;
class ConnectivityMonitor;
class OrderDetails;

/// File ▸ Print… and File ▸ Export PDF… for the board's span: the day sheets (the orders'
/// details fetched first, a few at a time, from the server or, offline, the cache) or the
/// board as shown. Print opens a preview; Export PDF asks for a file. Nothing waits: the
/// dialogs open with open(), the details arrive on the event loop. Enabled while the board
/// shows.
class BoardPrinting : public QObject
{
    Q_OBJECT
public:
    using Choice = PrintChoiceDialog::Choice;

    /// Where the day sheets' details come from; each may be null (no details then, said on
    /// the sheets). None is owned.
    struct Services
    {
        ApiClient *client = nullptr;
        CacheStore *store = nullptr;
        ConnectivityMonitor *monitor = nullptr;
    };

    BoardPrinting(const Services &services, BoardController *board, QWidget *window);
    ~BoardPrinting() override;

    QAction *printAction() const { return m_print; }
    QAction *exportPdfAction() const { return m_exportPdf; }

    /// Writes `choice` of the board's span to `path`, without a dialog; pdfWritten() follows.
    void exportPdf(Choice choice, const QString &path);
    /// The next Export PDF… takes these instead of asking (tests: no modal dialogs).
    void setNextExportForTesting(Choice choice, const QString &path);

signals:
    /// A sentence for the status bar.
    void message(const QString &text);
    /// An export ended: `error` is empty when the file was written.
    void pdfWritten(const QString &path, const QString &error);
    /// File ▸ Print… while the list shows: the list is printed instead (ListPrinting).
    void listPrintRequested();

private:
    void updateEnabled();
    void askAndPrint();
    void askAndExport();
    void askForFile(Choice choice);
    /// Fetches the details of the span's orders, then calls `ready` with the sheets.
    void prepareSheets(std::function<void(QList<DaySheet>)> ready);
    void preview(Choice choice, const QList<DaySheet> &sheets);
    QString suggestedFileName(Choice choice) const;

    Services m_services;
    BoardController *m_board;
    QWidget *m_window;
    QAction *m_print;
    QAction *m_exportPdf;
    OrderDetails *m_details;
    std::optional<std::pair<Choice, QString>> m_nextExport;
};

} // namespace fentu
