#include "startup.h"

#include "launchoptions.h"
#include "mainwindow.h"

#include "api/apiclient.h"
#include "filter/workorderfilter.h"
#include "itemmodels/workordertablemodel.h"

namespace fentu {

void connectAtStartup(const LaunchOptions &options, ApiClient &client, WorkOrderPageSource &source,
                      WorkOrderTableModel &model, MainWindow &window)
{
    if (!options.isComplete()) {
        window.showNotConfigured();
        return;
    }
    if (const auto error = client.setBaseUrl(options.baseUrl)) {
        window.showStartupError(error->userMessage());
        return;
    }
    client.setApiKey(options.apiKey);
    // The source comes last: the model loads page 1 of its filter as soon as it has one, and
    // before this point that request could only fail.
    model.setFilter(WorkOrderFilter());
    model.setSource(&source);
}

} // namespace fentu
