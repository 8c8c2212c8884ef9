#include "itemmodels/itemmodelslogging.h"

Q_LOGGING_CATEGORY(lcItemModels, "fentu.itemmodels", QtWarningMsg)
