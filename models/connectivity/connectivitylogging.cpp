#include "connectivity/connectivitylogging.h"

Q_LOGGING_CATEGORY(lcConnectivity, "fentu.sync")
