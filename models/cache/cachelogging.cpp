#include "cache/cachelogging.h"

Q_LOGGING_CATEGORY(lcCache, "fentu.cache")
