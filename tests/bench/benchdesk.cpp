#include "benchdesk.h"

#include <QTableView>

using namespace Qt::StringLiterals;

namespace fentu::bench {

BenchDesk::BenchDesk(const QString &cacheDirectory, const QUrl &baseUrl, const QString &key)
    : store(cacheDirectory)
{
    client.setBaseUrl(baseUrl);
    client.setApiKey(key);
    model.setPageSize(settings.pageSize());
}

BenchDesk::~BenchDesk()
{
    window.reset(); // before the services it points at
}

MainWindow &BenchDesk::createWindow()
{
    // The cache services too, as fentu-desk's DeskServices gives them: the filter dock counts
    // from the cache offline, the offline banner shows. (Not DeskServices itself: the bench
    // opens a prebuilt cache file of its own.)
    MainWindowServices services{&client, &source, &model, &settings};
    services.store = &store;
    services.switching = &source;
    services.monitor = &monitor;
    window = std::make_unique<MainWindow>(services);
    return *window;
}

QTableView *BenchDesk::table() const
{
    return window ? window->findChild<QTableView *>(u"workOrderTable"_s) : nullptr;
}

} // namespace fentu::bench
