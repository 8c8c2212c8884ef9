#include "quietlogging.h"

#include <QLoggingCategory>
#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace fentu::cli {

namespace {

QtMessageHandler g_defaultHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtFatalMsg && g_defaultHandler)
        g_defaultHandler(type, context, message);
}

} // namespace

void installQuietLogging(bool verbose)
{
    if (verbose) {
        // Every level of Fentu's own categories; QT_LOGGING_RULES still has the last word.
        QLoggingCategory::setFilterRules(u"fentu.*=true"_s);
        return;
    }
    g_defaultHandler = qInstallMessageHandler(quietHandler);
}

} // namespace fentu::cli
