#include "pages/pageslogging.h"

Q_LOGGING_CATEGORY(lcPages, "fentu.sync")
