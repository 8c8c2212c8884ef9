#include "listprinting.h"

#include "workordertableview.h"

#include "export/viewpages.h"
#include "print/documentpages.h"
#include "print/orderlistdocument.h"

#include <QFileInfo>
#include <QLocale>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

#include <memory>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

/// The orders on pages: `document` shared with the preview, which paints it again on zoom.
bool paint(QTextDocument &document, const QString &header, QPagedPaintDevice *device)
{
    DocumentPages pages(device);
    return pages.add(document, header, QString()) && pages.finish();
}

} // namespace

ListPrinting::ListPrinting(Services services, QWidget *window)
    : QObject(window), m_services(std::move(services)), m_window(window)
{
    setObjectName(u"listPrinting"_s);
}

void ListPrinting::print()
{
    if (m_pages || !m_services.source)
        return; // one at a time
    m_filter = m_services.view();
    auto *pages = new ViewPages(m_services.source, m_filter, this);
    pages->setLimit(kMaxOrders);
    m_pages = pages;
    auto orders = std::make_shared<QList<WorkOrderSummary>>();
    emit message(tr("Preparing the list…"));
    pages->start([orders](const QList<WorkOrderSummary> &page) { orders->append(page); },
                 [this, pages, orders](const QString &error) {
                     pages->deleteLater();
                     if (!error.isEmpty()) {
                         emit message(tr("The list could not be printed: %1").arg(error));
                         emit pdfWritten(m_nextPdf.value_or(QString()), error);
                         m_nextPdf.reset();
                         return;
                     }
                     gathered(*orders, std::max(pages->total(), int(orders->size())));
                 });
}

void ListPrinting::gathered(const QList<WorkOrderSummary> &orders, int total)
{
    const QLocale locale;
    const QString title = m_services.summary ? m_services.summary() : m_filter.summary();
    const bool cut = orders.size() >= kMaxOrders && total > orders.size();
    const QString shown = cut
                              ? tr("the first %1 of %2 work orders (File ▸ Export… takes them all)")
                                    .arg(locale.toString(orders.size()), locale.toString(total))
                              : tr("%n work order(s)", nullptr, int(orders.size()));
    const QDateTime at = m_services.dataTime ? m_services.dataTime() : QDateTime();
    const QString header =
        tr("%1 · %2 · data as of %3")
            .arg(title, shown,
                 at.isValid() ? locale.toString(at.toLocalTime(), QLocale::ShortFormat)
                              : tr("unknown"));
    std::shared_ptr<QTextDocument> document(
        OrderListDocument::create(title, orders,
                                  m_services.table ? m_services.table->shownColumns()
                                                   : QList<int>())
            .release());
    emit message({});

    if (m_nextPdf) {
        const QString path = *std::exchange(m_nextPdf, std::nullopt);
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(12, 12, 12, 10), QPageLayout::Millimeter);
        const QString error = paint(*document, header, &writer)
                                  ? QString()
                                  : tr("%1 could not be written").arg(QFileInfo(path).absoluteFilePath());
        emit pdfWritten(path, error);
        return;
    }
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setDocName(tr("Work orders"));
    printer->setPageOrientation(QPageLayout::Landscape);
    auto *dialog = new QPrintPreviewDialog(printer, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, this, [printer] { delete printer; });
    connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
            [document, header](QPrinter *target) { paint(*document, header, target); });
    dialog->open();
}

} // namespace fentu
