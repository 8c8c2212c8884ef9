#include "commandline.h"
#include "sandboxserver.h"

#include "buildinfo/buildinfo.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

// fentu-sandbox: runs the sandbox API until killed. Scripts read the lines it prints once it
// listens, e.g. sed -n 's/^base-url: //p'.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fentu-sandbox"_s);
    QCoreApplication::setApplicationVersion(fentu::buildinfo::versionText()); // with the commit

    QString error;
    const auto options = fentu::sandbox::CommandLine::parse(QCoreApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "fentu-sandbox: %s\n", qUtf8Printable(error));
        return 2;
    }
    fentu::sandbox::SandboxServer server(*options);
    if (!server.start(&error)) {
        std::fprintf(
            stderr, "fentu-sandbox: %s\n",
            qUtf8Printable(
                QCoreApplication::translate("fentu-sandbox", "cannot start: %1").arg(error)));
        return 1;
    }
    // The keys are the sandbox's own demo keys, printed so that scripts can use them.
    std::printf("base-url: %s\n", qUtf8Printable(server.baseUrl().toString()));
    std::printf("key: %s\n", qUtf8Printable(options->key));
    std::printf("read-only-key: %s\n", qUtf8Printable(options->readOnlyKey));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
