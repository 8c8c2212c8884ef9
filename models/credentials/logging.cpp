#include "credentials/logging.h"

Q_LOGGING_CATEGORY(lcCredentials, "fentu.credentials")
