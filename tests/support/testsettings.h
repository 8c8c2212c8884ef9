#pragma once

#include <QString>

namespace fentu::test {

/// Keeps the user's real settings out of a test: Qt's test locations, and the names the
/// test's own files go under. AppSettings' file then lives below ~/.qttest/.
void useTestSettings(const QString &applicationName);

} // namespace fentu::test
