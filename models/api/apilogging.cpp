#include "api/apilogging.h"

// Enable with QT_LOGGING_RULES="fentu.api.debug=true" to see one line per HTTP attempt.
Q_LOGGING_CATEGORY(lcApi, "fentu.api", QtInfoMsg)
