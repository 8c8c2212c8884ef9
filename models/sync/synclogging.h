#pragma once

#include <QLoggingCategory>

// The sync layer's log category: full syncs, the outbox replay, the write path and the lookups.
// (Going offline and the switch between the server and the cache log under the same name,
// "fentu.sync", from connectivity/ and pages/.) Nothing logged here may contain the API key.
Q_DECLARE_LOGGING_CATEGORY(lcSync)
