#pragma once

#include <QLoggingCategory>

// The cache's log category ("fentu.cache"). Rows are never logged, only counts and errors.
Q_DECLARE_LOGGING_CATEGORY(lcCache)
