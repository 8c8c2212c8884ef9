#pragma once

#include <QLoggingCategory>

// The API client's log category. Nothing logged here may contain the API key or the
// Authorization header.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
