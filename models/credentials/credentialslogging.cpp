#include "credentials/credentialslogging.h"

Q_LOGGING_CATEGORY(lcCredentials, "fentu.credentials")
