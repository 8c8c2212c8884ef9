#pragma once

#include <QLoggingCategory>

// The page sources' log category: which side (the server or the cache) pages come from and
// why. Its name stays "fentu.sync", the category these lines had before the switching page
// source left models/sync, so that the filter rules people and scripts already use still catch
// them. Nothing logged here may contain the API key.
Q_DECLARE_LOGGING_CATEGORY(lcPages)
