#pragma once

#include "httpexchange.h"

#include <QJsonObject>

#include <optional>

namespace fentu::sandbox {

/// Reads a request body that must be a JSON object. On failure `failure` holds the answer:
/// 400 invalid_json when it does not parse, 422 when it parses to something else.
std::optional<QJsonObject> jsonObjectBody(const HttpRequest &request, HttpAnswer *failure);

} // namespace fentu::sandbox
