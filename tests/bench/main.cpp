// fentu-bench: the performance figures of Fentu Desk, each against its goal. An executable,
// never a timed test: wall-clock figures depend on the machine, which the report names.

#include "benchoptions.h"
#include "benchrunner.h"
#include "childcommands.h"
#include "quietlogs.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

// Benchmarks run headless, as the figures' definitions say, unless told otherwise.
void preferOffscreen()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

} // namespace

int main(int argc, char *argv[])
{
    // First thing: the startup figure counts from here.
    QElapsedTimer sinceMain;
    sinceMain.start();
    preferOffscreen();
    fentu::bench::quietenLogs();
    if (argc > 1 && std::strcmp(argv[1], "child-startup") == 0)
        return fentu::bench::runStartupChild(argc, argv, sinceMain);
    if (argc > 1 && std::strcmp(argv[1], "child-memory") == 0)
        return fentu::bench::runMemoryChild(argc, argv);

    // The windows the bench opens save their layout: into a throw-away home, never the
    // user's settings (the children inherit it).
    QTemporaryDir home;
    for (const char *variable :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        if (std::strcmp(variable, "XDG_RUNTIME_DIR") == 0 && qEnvironmentVariableIsSet(variable))
            continue; // a real session's runtime directory is fine as it is
        const QString path = home.filePath(QString::fromLatin1(variable));
        QDir().mkpath(path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv(variable, QFile::encodeName(path));
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Fentu"_s);
    QApplication::setApplicationName(u"fentu-bench"_s);

    QString error;
    const auto options = fentu::bench::BenchOptions::parse(QApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "fentu-bench: %s\n", qUtf8Printable(error));
        return 2;
    }
    return fentu::bench::runBenchmarks(*options);
}
