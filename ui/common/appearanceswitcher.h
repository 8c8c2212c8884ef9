#pragma once

#include "settings/appearance.h"

#include <QPalette>
#include <QString>

namespace fentu {

/// Puts Settings ▸ Appearance into effect on the whole application: System is the platform's
/// style and palette as they were when this object was made; Light and Dark are Fusion with an
/// explicit palette. Make it right after QApplication, before anything changes the style, and
/// apply the stored choice before the main window shows. Widgets that paint with the palette
/// get QEvent::PaletteChange and repaint.
class AppearanceSwitcher
{
public:
    AppearanceSwitcher();

    void apply(Appearance appearance);
    Appearance current() const { return m_current; }

    /// The platform's style and palette, remembered to go back to.
    QString systemStyleName() const { return m_systemStyle; }
    QPalette systemPalette() const { return m_systemPalette; }

private:
    QString m_systemStyle;
    QPalette m_systemPalette;
    Appearance m_current = Appearance::System;
};

} // namespace fentu
