#pragma once

#include <QLoggingCategory>

// The credential store's log category ("fentu.credentials"). It records operations and
// QtKeychain error codes only: never a key, never a keychain error text.
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)
