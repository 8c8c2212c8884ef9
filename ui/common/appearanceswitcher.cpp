#include "appearanceswitcher.h"

#include "appearancepalettes.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace fentu {

AppearanceSwitcher::AppearanceSwitcher()
    : m_systemStyle(QApplication::style()->name()), m_systemPalette(QApplication::palette())
{}

void AppearanceSwitcher::apply(Appearance appearance)
{
    if (appearance == m_current)
        return; // setStyle() re-polishes every widget: not for nothing
    const bool system = appearance == Appearance::System;
    // A style made by the factory, not the one QApplication owns, which setStyle() deletes.
    QStyle *style = QStyleFactory::create(system ? m_systemStyle : u"Fusion"_s);
    if (style)
        QApplication::setStyle(style);
    // The palette after the style: setStyle() puts the new style's own palette in place.
    if (system)
        QApplication::setPalette(m_systemPalette);
    else
        QApplication::setPalette(appearance == Appearance::Dark ? darkAppearancePalette()
                                                                : lightAppearancePalette());
    m_current = appearance;
}

} // namespace fentu
