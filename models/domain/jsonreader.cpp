#include "domain/jsonreader.h"

#include "domain/isodatetime.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

// Echoes a bad value in an error without letting a megabyte string into the log.
QString quoteShort(const QString &text)
{
    constexpr qsizetype kMaxEcho = 40;
    if (text.size() <= kMaxEcho)
        return u'"' + text + u'"';
    return u'"' + text.left(kMaxEcho) + u"…\" ("_s + QString::number(text.size()) +
           u" characters)"_s;
}

} // namespace

JsonReader::JsonReader(const QJsonValue &value, QString path) : m_path(std::move(path))
{
    if (value.isObject())
        m_object = value.toObject();
    else
        fail((m_path.isEmpty() ? QString() : m_path + u": "_s) + u"expected an object, got "_s +
             describe(value));
}

QString JsonReader::fieldPath(QLatin1StringView key) const
{
    return m_path.isEmpty() ? QString(key) : m_path + u'.' + key;
}

QString JsonReader::elementPath(const QString &arrayPath, qsizetype index)
{
    return arrayPath + u'[' + QString::number(index) + u']';
}

QString JsonReader::id(QLatin1StringView key)
{
    const QString text = string(key, Need::Required);
    if (text.isEmpty() && !hasError())
        failAt(key, u"must not be empty"_s);
    return text;
}

QString JsonReader::string(QLatin1StringView key, Need need)
{
    const std::optional<QJsonValue> value = given(key, need, u"a string");
    if (!value)
        return {};
    if (!value->isString()) {
        failType(key, u"a string", *value);
        return {};
    }
    return value->toString();
}

std::optional<bool> JsonReader::boolean(QLatin1StringView key)
{
    const std::optional<QJsonValue> value = given(key, Need::Optional, u"a boolean");
    if (!value)
        return std::nullopt;
    if (!value->isBool()) {
        failType(key, u"a boolean", *value);
        return std::nullopt;
    }
    return value->toBool();
}

std::optional<qint64> JsonReader::integer(QLatin1StringView key, qint64 min, qint64 max)
{
    const std::optional<QJsonValue> value = given(key, Need::Optional, u"a whole number");
    if (!value)
        return std::nullopt;
    if (!value->isDouble()) {
        failType(key, u"a whole number", *value);
        return std::nullopt;
    }
    // Qt's parser refuses NaN and overflowing literals, but a QJsonValue built in code can
    // still carry them; the range check below must never see one.
    const double number = value->toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number) {
        failAt(key, u"expected a whole number, got "_s + QString::number(number));
        return std::nullopt;
    }
    if (number < static_cast<double>(min) || number > static_cast<double>(max)) {
        failAt(key, u"expected a whole number from %1 to %2, got %3"_s.arg(min).arg(max).arg(
                        QString::number(number)));
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

QDateTime JsonReader::dateTime(QLatin1StringView key)
{
    const QString text = string(key);
    if (text.isEmpty())
        return {};
    QDateTime parsed = parseIsoDateTime(text);
    if (!parsed.isValid())
        failAt(key, u"expected an ISO 8601 date and time, got "_s + quoteShort(text));
    return parsed;
}

std::optional<QJsonObject> JsonReader::object(QLatin1StringView key, Need need)
{
    const std::optional<QJsonValue> value = given(key, need, u"an object");
    if (!value)
        return std::nullopt;
    if (!value->isObject()) {
        failType(key, u"an object", *value);
        return std::nullopt;
    }
    return value->toObject();
}

QJsonArray JsonReader::array(QLatin1StringView key, Need need)
{
    const std::optional<QJsonValue> value = given(key, need, u"an array");
    if (!value)
        return {};
    if (!value->isArray()) {
        failType(key, u"an array", *value);
        return {};
    }
    return value->toArray();
}

void JsonReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

std::optional<QJsonValue> JsonReader::given(QLatin1StringView key, Need need, QStringView expected)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (need == Need::Required && value.isNull())
            failType(key, expected, value);
        else if (need == Need::Required)
            failAt(key, u"required field is missing"_s);
        return std::nullopt;
    }
    return value;
}

void JsonReader::failAt(QLatin1StringView key, const QString &problem)
{
    fail(fieldPath(key) + u": "_s + problem);
}

void JsonReader::failType(QLatin1StringView key, QStringView expected, const QJsonValue &actual)
{
    failAt(key, u"expected %1, got %2"_s.arg(expected, describe(actual)));
}

} // namespace fentu
