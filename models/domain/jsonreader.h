#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace fentu {

/// Typed, path-aware reads from one JSON object of untrusted input; keeps the first error.
///
/// Missing and null mean the same ("not given") for every read. A read that fails records
/// "<path>: <problem>" and returns an empty value, so a decoder reads every field in a straight
/// line and checks hasError() once at the end. Messages are for developers and logs, which is
/// why they are not translated; the API layer turns them into a message for people.
class JsonReader
{
public:
    enum class Need
    {
        Optional,
        Required
    };

    /// Reads `value`, found at `path` ("" at the root); anything but an object is an error.
    JsonReader(const QJsonValue &value, QString path);

    bool hasError() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    const QJsonObject &object() const { return m_object; }

    /// The path of one of this object's fields, for nested decoders: "data[3].customer".
    QString fieldPath(QLatin1StringView key) const;
    static QString elementPath(const QString &arrayPath, qsizetype index);

    /// A present, non-empty string (the `id` every object must carry).
    QString id(QLatin1StringView key);
    /// A string; empty when not given.
    QString string(QLatin1StringView key, Need need = Need::Optional);
    /// A boolean; nullopt when not given.
    std::optional<bool> boolean(QLatin1StringView key);
    /// A whole number in [min, max]; a JSON number with no fraction (120.0) counts as whole.
    std::optional<qint64> integer(QLatin1StringView key, qint64 min, qint64 max);
    /// An ISO 8601 timestamp as UTC; invalid when not given.
    QDateTime dateTime(QLatin1StringView key);
    /// An object, for a nested decoder; nullopt when not given.
    std::optional<QJsonObject> object(QLatin1StringView key, Need need = Need::Optional);
    /// An array; empty when not given.
    QJsonArray array(QLatin1StringView key, Need need = Need::Optional);

    /// Records an error that a nested decoder already prefixed with its path.
    void fail(const QString &message);

private:
    /// The field's value, or nullopt when missing or null (recording an error if required).
    std::optional<QJsonValue> given(QLatin1StringView key, Need need, QStringView expected);
    void failAt(QLatin1StringView key, const QString &problem);
    void failType(QLatin1StringView key, QStringView expected, const QJsonValue &actual);

    QJsonObject m_object;
    QString m_path;
    QString m_error;
};

} // namespace fentu
