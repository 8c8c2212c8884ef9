#include "cache/damagedfile.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace fentu::damagedfile {

bool hasForeignHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0)
        return false; // missing or empty: SQLite makes a new database of it
    return file.read(16) != QByteArrayView("SQLite format 3\0", 16);
}

QString moveAside(const QString &path, const QDateTime &now, QString *error)
{
    const QString stem = path + u".damaged-"_s + now.toString(u"yyyyMMdd-HHmmss"_s);
    QString target = stem;
    for (int n = 2; QFile::exists(target) || QFile::exists(target + u"-wal"_s); ++n)
        target = stem + u'-' + QString::number(n);
    if (QFile::exists(path)) {
        QFile file(path);
        if (!file.rename(target)) {
            *error = file.errorString();
            return {};
        }
    }
    // The companions belong to the damaged file: left behind, SQLite would apply the old
    // write-ahead log to the new, empty database.
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix))
            QFile::remove(path + suffix);
    }
    return target;
}

} // namespace fentu::damagedfile
