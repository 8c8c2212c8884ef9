// fentu-cli: parses the command line, then runs one Session on the event loop and exits with
// its status. Nothing here blocks: the only wait is QCoreApplication::exec().

#include "agendacommand.h"
#include "commandline.h"
#include "console.h"
#include "exitcode.h"
#include "quietlogging.h"
#include "session.h"

#include "buildinfo/buildinfo.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <memory>

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

/// A console application, except for agenda --pdf: QPdfWriter lays text out in fonts, which
/// only a QGuiApplication provides. A QGuiApplication needs a platform plugin; a morning
/// script on a server has no display, and a PDF needs none, so "offscreen" unless the caller
/// chose one. The other commands stay console-only: no platform plugin to load or to miss.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    QStringList words;
    for (int i = 1; i < argc; ++i)
        words.append(QString::fromLocal8Bit(argv[i]));
    if (!fentu::cli::AgendaCommand::writesPdf(words))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication &app = *application;
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
