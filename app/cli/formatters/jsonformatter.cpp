#include "jsonformatter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fentu::cli {

QString JsonFormatter::array(const QList<QJsonObject> &objects)
{
    QJsonArray array;
    for (const QJsonObject &object : objects)
        array.append(object);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QString JsonFormatter::object(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace fentu::cli
