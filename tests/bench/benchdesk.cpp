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
    window = std::make_unique<MainWindow>(MainWindowServices{&client, &source, &model, &settings});
    return *window;
}

QTableView *BenchDesk::table() const
{
    return window ? window->findChild<QTableView *>(u"workOrderTable"_s) : nullptr;
}

} // namespace fentu::bench
