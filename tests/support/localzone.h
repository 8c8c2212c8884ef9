#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <ctime>

namespace fentu::test {

/// Sets the process's local time zone (TZ) for a scope, then restores it: for tests of "the
/// user's day" that must give the same answer on every machine, whatever its own zone.
class LocalZone
{
public:
    explicit LocalZone(const char *zone) : m_hadZone(qEnvironmentVariableIsSet("TZ"))
    {
        if (m_hadZone)
            m_previous = qgetenv("TZ");
        qputenv("TZ", zone);
        ::tzset(); // Qt reads the zone through the C library's local time
    }
    ~LocalZone()
    {
        if (m_hadZone)
            qputenv("TZ", m_previous);
        else
            qunsetenv("TZ");
        ::tzset();
    }
    LocalZone(const LocalZone &) = delete;
    LocalZone &operator=(const LocalZone &) = delete;

private:
    bool m_hadZone;
    QByteArray m_previous;
};

} // namespace fentu::test
