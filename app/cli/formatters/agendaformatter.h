#pragma once

#include "outputformat.h"

#include "print/daysheet.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fentu::cli {

/// The output of `fentu-cli agenda`: the day sheets' orders as a table (local times, clashes
/// and late work flagged in words), CSV with stable column names, or JSON with one object per
/// technician and day (its orders as the server sent them, with their agenda times and flags).
class AgendaFormatter
{
    Q_DECLARE_TR_FUNCTIONS(fentu::cli::AgendaFormatter)
public:
    static QString format(const QList<DaySheet> &sheets, OutputFormat format);
    /// Local time with its UTC offset, ISO 8601: "2025-01-27T08:00:00+01:00".
    static QString localIso(const QDateTime &instant);
};

} // namespace fentu::cli
