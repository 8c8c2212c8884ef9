#include "testsettings.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace fentu::test {

void useTestSettings(const QString &applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Fentu"));
    QCoreApplication::setApplicationName(applicationName);
}

} // namespace fentu::test
