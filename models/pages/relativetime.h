#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace fentu {

/// How long ago something happened, in words a person reads in a banner: "just now",
/// "5 minutes ago", "yesterday", "3 days ago", "on 12 Jan 2026", "never".
class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(fentu::RelativeTime)
public:
    /// `then` relative to `now` (both any time spec); "never" for an invalid `then`. A `then`
    /// in the future (a clock skew between machines) reads "just now".
    static QString format(const QDateTime &then, const QDateTime &now);
    /// The same relative to the current time.
    static QString format(const QDateTime &then);
};

} // namespace fentu
