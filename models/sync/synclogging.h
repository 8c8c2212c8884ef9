#pragma once

#include <QLoggingCategory>

// The sync layer's log category: switching between the server and the cache, full syncs and
// the outbox replay. Nothing logged here may contain the API key.
Q_DECLARE_LOGGING_CATEGORY(lcSync)
