#include "quietlogs.h"

#include <QLoggingCategory>
#include <QString>

using namespace Qt::StringLiterals;

namespace fentu::bench {

namespace {

QtMessageHandler previousHandler = nullptr;

void filterMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // The offscreen platform cannot size windows by hints; nothing the bench measures cares.
    if (message == u"This plugin does not support propagateSizeHints()"_s)
        return;
    previousHandler(type, context, message);
}

} // namespace

void quietenLogs()
{
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"fentu.*.debug=false\nfentu.*.info=false"_s);
    previousHandler = qInstallMessageHandler(filterMessages);
}

} // namespace fentu::bench
