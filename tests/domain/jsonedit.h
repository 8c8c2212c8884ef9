#pragma once

// Small JSON helpers for the domain tests: parse test input, and edit one field of a document
// by path so each hostile case is "the reference example with one thing wrong".

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace fentu::test {

/// Parses JSON test input that is known to be valid; an empty object (and a warning) if not.
inline QJsonObject parseJson(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qWarning("test input is not a JSON object: %s", qPrintable(error.errorString()));
    return document.object();
}

/// One JSON value from its text, e.g. "null", "42", "\"x\"", "[]".
inline QJsonValue jsonValue(const QByteArray &text)
{
    return QJsonDocument::fromJson("[" + text + "]").array().at(0);
}

/// `node` with the field at `segments` ("data", "3", "customer", "name") replaced by
/// `replacement`, or removed when it is nullopt. Numeric segments index arrays.
inline QJsonValue editedValue(const QJsonValue &node, QStringList segments,
                              const std::optional<QJsonValue> &replacement)
{
    const QString key = segments.takeFirst();
    bool isIndex = false;
    const int index = key.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = node.toArray();
        if (!segments.isEmpty())
            array[index] = editedValue(array.at(index), segments, replacement);
        else if (replacement)
            array[index] = *replacement;
        else
            array.removeAt(index);
        return array;
    }
    QJsonObject object = node.toObject();
    if (!segments.isEmpty())
        object[key] = editedValue(object.value(key), segments, replacement);
    else if (replacement)
        object[key] = *replacement;
    else
        object.remove(key);
    return object;
}

/// `document` with the field at the dotted `path` ("data.3.customer.name") edited.
inline QJsonObject edited(const QJsonObject &document, const QString &path,
                          const std::optional<QJsonValue> &replacement)
{
    return editedValue(document, path.split(QLatin1Char('.')), replacement).toObject();
}

} // namespace fentu::test
