#include "syncsummary.h"

using namespace Qt::StringLiterals;

namespace fentu::cli {

QString SyncSummary::progress(int done, int total, const QLocale &locale)
{
    // Numbers in `locale` (%n would take the default one); the count still picks the plural.
    if (total <= 0)
        return tr("Syncing\u2026 %1 order(s)", nullptr, done).arg(locale.toString(done));
    return tr("Syncing\u2026 %1 / %2 order(s)", nullptr, total)
        .arg(locale.toString(done), locale.toString(total));
}

QString SyncSummary::completed(const SyncResult &result, qint64 elapsedMs, const QLocale &locale)
{
    const QString seconds = locale.toString(double(elapsedMs) / 1000.0, 'f', 1);
    // A sentence per count, each with its own plural: one sentence with four counts cannot be
    // translated (a translation picks one plural form per sentence).
    const auto count = [&locale](const char *text, int n) {
        return tr(text, nullptr, n).arg(locale.toString(n));
    };
    QStringList sentences{tr("Sync complete in %1 s.").arg(seconds),
                          count(QT_TR_N_NOOP("%1 order(s) written."), result.ordersWritten),
                          count(QT_TR_N_NOOP("%1 order(s) removed."), result.removed)};
    if (result.lookupsAvailable) {
        sentences << count(QT_TR_N_NOOP("%1 customer(s) refreshed."), result.customers)
                  << count(QT_TR_N_NOOP("%1 technician(s) refreshed."), result.technicians);
    } else {
        sentences << tr("This server has no customer or technician list.");
    }
    if (!result.detailsSkipped)
        sentences << count(QT_TR_N_NOOP("%1 order detail(s) fetched."), result.detailsFetched);
    if (result.removalSkipped)
        sentences << tr("The server's list changed during the sync, so no order was removed; "
                        "sync again to remove deleted orders.");
    return sentences.join(u' ');
}

QString SyncSummary::detailProgress(int done, int total, const QLocale &locale)
{
    return tr("Fetching details… %1 / %2").arg(locale.toString(done), locale.toString(total));
}

QLocale SyncSummary::numberLocale()
{
    QLocale locale;
    if (locale.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

} // namespace fentu::cli
