#pragma once

#include "api/apiclient.h"
#include "cache/cachestore.h"
#include "connectivity/connectivitymonitor.h"
#include "itemmodels/workordertablemodel.h"
#include "mainwindow.h"
#include "pages/switchingpagesource.h"
#include "settings/appsettings.h"

#include <QString>
#include <QUrl>

#include <memory>

class QTableView;

namespace fentu::bench {

/// The services of fentu-desk wired as the offline-capable app wires them: the table model on
/// a SwitchingPageSource over the API client (written through) and the cache, and optionally
/// the real MainWindow around it. Members in construction order.
struct BenchDesk
{
    ApiClient client;
    CacheStore store;
    ConnectivityMonitor monitor{&client};
    SwitchingPageSource source{&client, &store, &monitor};
    WorkOrderTableModel model;
    AppSettings settings;
    std::unique_ptr<MainWindow> window;

    /// `cacheDirectory` holds the cache files; `baseUrl` is the server (used even offline:
    /// the cache belongs to it).
    BenchDesk(const QString &cacheDirectory, const QUrl &baseUrl, const QString &key);
    ~BenchDesk();

    /// The real main window on these services (not shown yet).
    MainWindow &createWindow();
    /// The window's work order table; null without a window.
    QTableView *table() const;
};

} // namespace fentu::bench
