#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace fentu::bench {

/// What a child fentu-bench printed: its "name: value" lines, and when the first of them
/// arrived as seen from the parent.
struct ChildOutput
{
    bool ok = false;
    QMap<QString, QString> values;
    double firstLineMs = 0; // from starting the process to its first result line
    QString error;

    double number(const QString &name) const { return values.value(name).toDouble(); }
};

/// Runs this executable again with `arguments` (a child subcommand) on the offscreen platform
/// and collects its "name: value" lines until it exits. The child starts from nothing: no
/// warm Qt, no open cache, as a user's launch would.
ChildOutput runChild(const QStringList &arguments, int timeoutMs);

} // namespace fentu::bench
