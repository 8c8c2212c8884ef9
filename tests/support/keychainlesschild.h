#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace fentu::test {

/// How a run of the test executable as its own child ended, and what it printed.
struct ChildRun
{
    bool finished = false;  // within the minute it is given
    bool succeeded = false; // a normal exit with code 0
    QString output;         // stdout and stderr together
};

/// Runs this test executable again where no keychain can be reached: its D-Bus session address
/// leads nowhere and it has no DISPLAY (from which a bus could be autolaunched). `variables` are
/// added to its environment: the flag that makes it the child, the secret it handles, ...
ChildRun runWithoutKeychain(const QList<std::pair<QString, QString>> &variables);

} // namespace fentu::test
