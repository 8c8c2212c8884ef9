#include "views/viewfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace fentu::viewfile {

namespace {

// The sentences share their context with viewjson's, where a translator finds the others.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fentu::ViewFile)
};

viewjson::ReadResult readNow(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt,
                Text::tr("The file could not be opened: %1.").arg(file.errorString())};
    // One byte more than a view may have: enough to tell a file that is too large.
    const QByteArray bytes = file.read(viewjson::MaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return {std::nullopt, Text::tr("The file could not be read: %1.").arg(file.errorString())};
    return viewjson::fromFile(bytes);
}

QString writeNow(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Text::tr("The file could not be written: %1.").arg(file.errorString());
    return {};
}

} // namespace

QFuture<viewjson::ReadResult> read(const QString &path)
{
    return QtConcurrent::run(readNow, path);
}

QFuture<QString> write(const QString &path, const SavedView &view)
{
    return QtConcurrent::run(writeNow, path, viewjson::toFile(view));
}

} // namespace fentu::viewfile
