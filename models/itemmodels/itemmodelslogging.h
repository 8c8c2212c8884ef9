#pragma once

#include <QLoggingCategory>

// The item models' log category: paging decisions (end of list, stale replies dropped).
Q_DECLARE_LOGGING_CATEGORY(lcItemModels)
