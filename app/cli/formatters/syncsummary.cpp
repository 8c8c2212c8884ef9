#include "syncsummary.h"

using namespace Qt::StringLiterals;

namespace fentu::cli {

QString SyncSummary::progress(int done, int total, const QLocale &locale)
{
    if (total <= 0)
        return tr("Syncing\u2026 %1 orders").arg(locale.toString(done));
    return tr("Syncing\u2026 %1 / %2 orders").arg(locale.toString(done), locale.toString(total));
}

QString SyncSummary::completed(const SyncResult &result, qint64 elapsedMs, const QLocale &locale)
{
    const QString seconds = locale.toString(double(elapsedMs) / 1000.0, 'f', 1);
    QString text;
    if (result.lookupsAvailable)
        text = tr("Sync complete: %1 orders written, %2 removed, %3 customers and %4 technicians "
                  "refreshed, in %5 s.")
                   .arg(locale.toString(result.ordersWritten), locale.toString(result.removed),
                        locale.toString(result.customers), locale.toString(result.technicians),
                        seconds);
    else
        text = tr("Sync complete: %1 orders written, %2 removed, in %3 s (this server has no "
                  "customer or technician list).")
                   .arg(locale.toString(result.ordersWritten), locale.toString(result.removed),
                        seconds);
    if (result.removalSkipped)
        text += u' ' + tr("The server's list changed during the sync, so no order was removed; "
                          "sync again to remove deleted orders.");
    return text;
}

QLocale SyncSummary::numberLocale()
{
    QLocale locale;
    if (locale.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

} // namespace fentu::cli
