#pragma once

class QCoreApplication;

namespace fentu {

/// Installs the translations for the system locale: Fentu's own (embedded under :/i18n, with
/// English as the fallback that carries the plural forms) and Qt's, when installed.
void installTranslators(QCoreApplication &app);

} // namespace fentu
