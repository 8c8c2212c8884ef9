#include "timestamps.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fentu::sandbox::timestamps {

QString format(const QDateTime &dateTime)
{
    return formatSecs(dateTime.toSecsSinceEpoch());
}

QString formatSecs(qint64 secondsSinceEpoch)
{
    constexpr qint64 secondsPerDay = 24 * 3600;
    constexpr qint64 unixEpochJulianDay = 2440588;
    qint64 days = secondsSinceEpoch / secondsPerDay;
    qint64 rest = secondsSinceEpoch % secondsPerDay;
    if (rest < 0) {
        rest += secondsPerDay;
        --days;
    }
    int year = 0;
    int month = 0;
    int day = 0;
    QDate::fromJulianDay(unixEpochJulianDay + days).getDate(&year, &month, &day);
    const int hour = int(rest / 3600);
    const int minute = int(rest / 60 % 60);
    const int second = int(rest % 60);

    char16_t text[20] = {};
    auto put = [&text](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, year, 4);
    text[4] = u'-';
    put(5, month, 2);
    text[7] = u'-';
    put(8, day, 2);
    text[10] = u'T';
    put(11, hour, 2);
    text[13] = u':';
    put(14, minute, 2);
    text[16] = u':';
    put(17, second, 2);
    text[19] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 20);
}

std::optional<qint64> secsOf(QStringView formatted)
{
    if (formatted.size() != 20 || formatted.at(19) != u'Z')
        return std::nullopt;
    auto number = [formatted](int at, int width) {
        int value = 0;
        for (int i = at; i < at + width; ++i) {
            const int digit = formatted.at(i).digitValue();
            if (digit < 0)
                return -1;
            value = value * 10 + digit;
        }
        return value;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const int hour = number(11, 2);
    const int minute = number(14, 2);
    const int second = number(17, 2);
    if (!date.isValid() || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 ||
        second > 59) {
        return std::nullopt;
    }
    constexpr qint64 unixEpochJulianDay = 2440588;
    return (date.toJulianDay() - unixEpochJulianDay) * 86400 + hour * 3600 + minute * 60 + second;
}

std::optional<QDateTime> parseDateTime(const QString &text)
{
    // QDateTime's own ISO parser also takes local times and bare dates; insist on a zone.
    static const QRegularExpression shape(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})$"_s);
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace fentu::sandbox::timestamps
