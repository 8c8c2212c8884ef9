#pragma once

#include <QLoggingCategory>

// The connectivity monitor's log category: going offline and coming back. Its name stays
// "fentu.sync", the category these lines had before the monitor left models/sync, so that the
// filter rules people and scripts already use still catch them. Nothing logged here may
// contain the API key.
Q_DECLARE_LOGGING_CATEGORY(lcConnectivity)
