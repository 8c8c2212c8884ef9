// fentu-cli: parses the command line, then runs one Session on the event loop and exits with
// its status. Nothing here blocks: the only wait is QCoreApplication::exec().

#include "commandline.h"
#include "console.h"
#include "exitcode.h"
#include "quietlogging.h"
#include "session.h"

#include "buildinfo/buildinfo.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

void installTranslators(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // English needs a translation too: it holds the plural forms.
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), u"fentu"_s, u"_"_s, u":/i18n"_s) ||
        own->load(u"fentu_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The names Fentu Desk uses, so that both find the same cache directory.
    QCoreApplication::setOrganizationName(u"Fentu"_s);
    QCoreApplication::setOrganizationDomain(u"fentu.io"_s);
    QCoreApplication::setApplicationName(u"Fentu Desk"_s);
    QCoreApplication::setApplicationVersion(fentu::buildinfo::versionText()); // with the commit
    installTranslators(app);

    fentu::cli::Console console;
    fentu::cli::Invocation invocation = fentu::cli::CommandLine::parse(app.arguments());
    switch (invocation.action) {
    case fentu::cli::Invocation::Action::Help:
    case fentu::cli::Invocation::Action::Version:
        console.print(invocation.text);
        return static_cast<int>(fentu::cli::ExitCode::Ok);
    case fentu::cli::Invocation::Action::UsageError:
        console.error(invocation.text);
        return static_cast<int>(fentu::cli::ExitCode::Usage);
    case fentu::cli::Invocation::Action::Run:
        break;
    }

    fentu::cli::installQuietLogging(invocation.global.verbose);
    fentu::cli::Session session(std::move(invocation), console);
    QObject::connect(&session, &fentu::cli::Session::finished, &app,
                     [](int code) { QCoreApplication::exit(code); });
    QTimer::singleShot(0, &session, &fentu::cli::Session::start);
    return QCoreApplication::exec();
}
