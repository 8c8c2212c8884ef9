#include "icons.h"

#include <QFile>

#include <initializer_list>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

// Qt cannot draw SVG without the optional Qt SVG module, so the icons ship as PNG renders of the
// SVG sources next to them (made once with ImageMagick and committed), one file per size.
QIcon iconFromRenders(const QString &stem, std::initializer_list<int> sizes)
{
    QIcon icon;
    for (const int size : sizes) {
        const QString path = u"%1-%2.png"_s.arg(stem).arg(size);
        if (QFile::exists(path))
            icon.addFile(path, QSize(size, size));
    }
    return icon;
}

} // namespace

QIcon applicationIcon()
{
    return iconFromRenders(u":/icons/io.fentu.FentuDesk"_s, {48, 128, 256});
}

QIcon themedIcon(const QString &name)
{
    return QIcon::fromTheme(name, iconFromRenders(u":/icons/actions/"_s + name, {16, 24, 48}));
}

} // namespace fentu
