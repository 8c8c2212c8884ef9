#include "sandboxlogging.h"

// Debug messages (timings) are off unless QT_LOGGING_RULES="fentu.sandbox.debug=true".
Q_LOGGING_CATEGORY(lcSandbox, "fentu.sandbox", QtInfoMsg)
