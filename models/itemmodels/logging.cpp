#include "itemmodels/logging.h"

Q_LOGGING_CATEGORY(lcItemModels, "fentu.itemmodels", QtWarningMsg)
