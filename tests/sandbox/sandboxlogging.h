#pragma once

#include <QLoggingCategory>

/// The sandbox's logging category ("fentu.sandbox"). Never logs keys or headers.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
