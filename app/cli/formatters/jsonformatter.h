#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace fentu::cli {

/// JSON output: the objects exactly as the server sent them (unknown fields included),
/// indented, with a final newline.
class JsonFormatter
{
public:
    static QString array(const QList<QJsonObject> &objects);
    static QString object(const QJsonObject &object);
};

} // namespace fentu::cli
