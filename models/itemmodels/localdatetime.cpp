#include "itemmodels/localdatetime.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

// Some locales (C among them) put seconds into their *short* formats; a planning time to the
// second is noise. Removes "ss" (and any fraction) with the separator before it.
QString withoutSeconds(QString format)
{
    static const QRegularExpression seconds(u"[^A-Za-z'\\s]?s+(?:[.,]z+)?"_s);
    format.remove(seconds);
    return format.simplified();
}

} // namespace

QString LocalDateTime::timeFormat(const QLocale &locale)
{
    return withoutSeconds(locale.timeFormat(QLocale::ShortFormat));
}

QString LocalDateTime::dateTimeFormat(const QLocale &locale)
{
    return withoutSeconds(locale.dateTimeFormat(QLocale::ShortFormat));
}

QString LocalDateTime::shortText(const QDateTime &utc, const QLocale &locale)
{
    if (!utc.isValid())
        return {};
    return locale.toString(utc.toLocalTime(), dateTimeFormat(locale));
}

QString LocalDateTime::longDateShortTime(const QDateTime &utc, const QLocale &locale)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    return tr("%1, %2", "long date, time")
        .arg(locale.toString(local.date(), QLocale::LongFormat),
             locale.toString(local.time(), timeFormat(locale)));
}

} // namespace fentu
