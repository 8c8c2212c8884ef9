#include "pages/relativetime.h"

#include <QLocale>

namespace fentu {

QString RelativeTime::format(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return tr("never");
    const qint64 seconds = then.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%n minute(s) ago", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%n hour(s) ago", nullptr, int(hours));
    // Days count calendar days in local time, as a person does: 23:50 yesterday is
    // "yesterday" at 00:10 today, not "10 minutes ago" nor "0 days ago".
    const qint64 days = then.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days <= 1)
        return tr("yesterday");
    if (days < 31)
        return tr("%n day(s) ago", nullptr, int(days));
    return tr("on %1").arg(QLocale().toString(then.toLocalTime().date(), QLocale::ShortFormat));
}

QString RelativeTime::format(const QDateTime &then)
{
    return format(then, QDateTime::currentDateTimeUtc());
}

} // namespace fentu
