#include "domain/isodatetime.h"

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

// Longer than any real timestamp; bounds the work done on a hostile megabyte string.
constexpr qsizetype kMaxTimestampLength = 64;

// A cursor over the text; every read fails softly so the parser stays a straight line.
class Cursor
{
public:
    explicit Cursor(QStringView text) : m_text(text) {}

    bool atEnd() const { return m_pos == m_text.size(); }
    bool peekIs(char16_t c) const { return !atEnd() && m_text[m_pos] == c; }

    bool take(char16_t c)
    {
        if (!peekIs(c))
            return false;
        ++m_pos;
        return true;
    }

    /// Exactly `count` ASCII digits as a number, or -1.
    int digits(int count)
    {
        if (m_pos + count > m_text.size())
            return -1;
        int value = 0;
        for (int i = 0; i < count; ++i) {
            const char16_t c = m_text[m_pos + i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        m_pos += count;
        return value;
    }

    /// One or more digits read as a decimal fraction, truncated to milliseconds; -1 if none.
    int fractionAsMilliseconds()
    {
        int millis = 0;
        int read = 0;
        while (!atEnd() && m_text[m_pos] >= u'0' && m_text[m_pos] <= u'9') {
            if (read < 3)
                millis = millis * 10 + (m_text[m_pos].unicode() - u'0');
            ++read;
            ++m_pos;
        }
        if (read == 0)
            return -1;
        for (int i = read; i < 3; ++i)
            millis *= 10;
        return millis;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

/// The zone designator in seconds east of UTC: 0 for Z or none, nullopt when malformed.
std::optional<int> readOffset(Cursor &in)
{
    if (in.atEnd() || in.take(u'Z') || in.take(u'z'))
        return 0;
    int sign = 0;
    if (in.take(u'+'))
        sign = 1;
    else if (in.take(u'-'))
        sign = -1;
    else
        return std::nullopt;
    const int hours = in.digits(2);
    int minutes = 0;
    if (!in.atEnd()) {
        in.take(u':');
        minutes = in.digits(2);
    }
    if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
        return std::nullopt;
    return sign * (hours * 3600 + minutes * 60);
}

} // namespace

QDateTime parseIsoDateTime(QStringView text)
{
    if (text.size() > kMaxTimestampLength)
        return {};
    Cursor in(text);
    const int year = in.digits(4);
    const int month = in.take(u'-') ? in.digits(2) : -1;
    const int day = in.take(u'-') ? in.digits(2) : -1;
    const QDate date(year, month, day); // invalid for any -1
    if (!date.isValid())
        return {};
    if (in.atEnd())
        return QDateTime(date, QTime(0, 0), Qt::UTC);

    if (!in.take(u'T') && !in.take(u't') && !in.take(u' '))
        return {};
    const int hour = in.digits(2);
    const int minute = in.take(u':') ? in.digits(2) : -1;
    int second = 0;
    int millis = 0;
    if (in.take(u':')) {
        second = in.digits(2);
        if (in.take(u'.') || in.take(u','))
            millis = in.fractionAsMilliseconds();
    }
    const QTime clock(hour, minute, second, millis); // invalid for any -1, or 24:00, or :60
    const std::optional<int> offset = readOffset(in);
    if (!clock.isValid() || !offset || !in.atEnd())
        return {};
    return QDateTime(date, clock, Qt::UTC).addSecs(-*offset);
}

QString formatIsoDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return dateTime.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

} // namespace fentu
