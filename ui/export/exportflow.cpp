#include "exportflow.h"

#include "servertext.h"
#include "workordertableview.h"

#include "export/orderexport.h"
#include "pages/workorderpagesource.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QProgressDialog>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace fentu {

ExportFlow::ExportFlow(WorkOrderPageSource *source, WorkOrderTableView *table,
                       std::function<WorkOrderFilter()> view, QWidget *window)
    : QObject(window), m_source(source), m_table(table), m_view(std::move(view)),
      m_window(window), m_action(new QAction(tr("E&xport…"), window))
{
    setObjectName(u"exportFlow"_s);
    m_action->setObjectName(u"actionExport"_s);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_action->setStatusTip(
        tr("Save every work order of this view as a CSV file or an Excel workbook"));
    connect(m_action, &QAction::triggered, this, &ExportFlow::ask);
}

void ExportFlow::ask()
{
    if (m_running)
        return; // one at a time: the progress dialog of the one running is open
    if (m_nextPath) {
        run(*std::exchange(m_nextPath, std::nullopt));
        return;
    }
    auto *files = new QFileDialog(m_window, tr("Export Work Orders"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptSave);
    const QString csv = tr("CSV files (*.csv)");
    const QString workbook = tr("Excel workbooks (*.xlsx)");
    files->setNameFilters({csv, workbook});
    files->setDefaultSuffix(u"csv"_s);
    // The suffix follows the kind chosen, as the file name shown does.
    connect(files, &QFileDialog::filterSelected, files, [files, workbook](const QString &kind) {
        files->setDefaultSuffix(kind == workbook ? u"xlsx"_s : u"csv"_s);
    });
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // File names are not translated: they travel to people with other languages.
    files->selectFile(QDir(documents).filePath(
        u"work-orders-%1.csv"_s.arg(QDate::currentDate().toString(Qt::ISODate))));
    connect(files, &QFileDialog::fileSelected, this, &ExportFlow::run);
    files->open();
}

void ExportFlow::run(const QString &path)
{
    if (!m_source)
        return;
    const QList<int> columns = m_table ? m_table->shownColumns() : QList<int>();
    auto *job = new OrderExport(m_source, m_view(), columns, path, this);
    m_running = job;
    m_progress = plainTextProgressDialog(tr("Exporting work orders…"), tr("Cancel"), 0, 0,
                                         m_window);
    m_progress->setObjectName(u"exportProgress"_s);
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setMinimumDuration(500);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, job, [this, job] {
        job->cancel();
        job->deleteLater();
        emit message(tr("Export cancelled; nothing was written."));
        emit exported(QString(), 0, tr("cancelled"));
    });
    connect(job, &OrderExport::writing, this, [this] {
        if (!m_progress)
            return;
        // The file is being replaced whole: no half-cancelled state to offer.
        m_progress->setCancelButton(nullptr);
        m_progress->setLabelText(tr("Writing the file…"));
    });
    connect(job, &OrderExport::progress, this, [this](int done, int total) {
        if (!m_progress)
            return;
        if (total > 0)
            m_progress->setMaximum(total);
        m_progress->setValue(total > 0 ? std::min(done, total) : 0);
        m_progress->setLabelText(tr("Exporting work orders… %1").arg(QLocale().toString(done)));
    });
    connect(job, &OrderExport::finished, this, [this, job, path](int count, const QString &error) {
        if (m_progress) {
            m_progress->disconnect(job);
            m_progress->close();
            m_progress->deleteLater();
        }
        job->deleteLater();
        if (error.isEmpty()) {
            emit message(tr("%n work order(s) exported to %1", nullptr, count).arg(path));
        } else {
            auto *box = plainTextMessageBox(QMessageBox::Warning, tr("Export"),
                                            tr("The work orders could not be exported."),
                                            QMessageBox::Ok, m_window);
            setPlainInformativeText(box, error);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        emit exported(path, count, error);
    });
    job->start();
}

} // namespace fentu
