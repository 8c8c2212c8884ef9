#include "requestbody.h"

#include "answers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace fentu::sandbox {

std::optional<QJsonObject> jsonObjectBody(const HttpRequest &request, HttpAnswer *failure)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError) {
        // QJsonDocument refuses a bare scalar ("3", "null"), which is valid JSON: it is the
        // wrong shape (422) rather than unreadable (400).
        const QJsonDocument wrapped = QJsonDocument::fromJson("[" + request.body + "]");
        if (wrapped.isArray() && wrapped.array().size() == 1) {
            *failure = answers::validationFailed({{u"body"_s, u"must be a JSON object"_s}});
        } else {
            *failure = answers::invalidJson(
                u"%1 at offset %2"_s.arg(error.errorString()).arg(error.offset));
        }
        return std::nullopt;
    }
    if (!document.isObject()) {
        *failure = answers::validationFailed({{u"body"_s, u"must be a JSON object"_s}});
        return std::nullopt;
    }
    return document.object();
}

} // namespace fentu::sandbox
