#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace fentu {

void installTranslators(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);

    // English needs a translation too: it holds the plural forms ("1 work order").
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), u"fentu"_s, u"_"_s, u":/i18n"_s) ||
        own->load(u"fentu_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
}

} // namespace fentu
