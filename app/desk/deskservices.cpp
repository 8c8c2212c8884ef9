#include "deskservices.h"

#include "api/apiclient.h"
#include "api/baseurl.h"
#include "cache/cachestore.h"
#include "connectivity/connectivitymonitor.h"
#include "credentials/credentialstore.h"
#include "itemmodels/workordertablemodel.h"
#include "pages/switchingpagesource.h"
#include "settings/appsettings.h"
#include "sync/orderwriter.h"
#include "sync/outboxreplayer.h"
#include "sync/pendingorders.h"
#include "sync/serverswitch.h"
#include "sync/syncengine.h"
#include "sync/tablemodelbinder.h"

namespace fentu {

// Members in construction order: each part is made after the parts it points at, and so is
// destroyed before them.
struct DeskServices::Parts
{
    explicit Parts(std::unique_ptr<CacheStore> cache) : store(std::move(cache)) {}

    AppSettings settings;
    ApiClient client;
    CredentialStore credentials;
    std::unique_ptr<CacheStore> store;
    ConnectivityMonitor monitor{&client};
    SwitchingPageSource source{&client, store.get(), &monitor};
    SyncEngine sync{&client, store.get()};
    PendingOrders pending{store.get()};
    OrderWriter writer{&client, store.get(), &monitor, &pending};
    ServerSwitch serverSwitch{{&client, store.get(), &monitor, &sync, &writer, &pending, &source}};
    WorkOrderTableModel model;
};

DeskServices::DeskServices(QObject *parent)
    : QObject(parent), d(std::make_unique<Parts>(std::make_unique<CacheStore>()))
{
    wire();
}

DeskServices::DeskServices(const QString &cacheDirectory, QObject *parent)
    : QObject(parent), d(std::make_unique<Parts>(std::make_unique<CacheStore>(cacheDirectory)))
{
    wire();
}

DeskServices::~DeskServices() = default;

void DeskServices::wire()
{
    d->model.setPageSize(d->settings.pageSize());
    d->sync.setConnectivity(&d->monitor);
    // The table shows every change at once, saved, sent or decided.
    WorkOrderTableModel *model = &d->model;
    new TableModelBinder(&d->writer, &d->pending, model);
    connect(&d->source, &SwitchingPageSource::switched, model, [model] {
        if (model->source())
            model->refresh();
    });

    connect(&d->serverSwitch, &ServerSwitch::cacheOpened, this, &DeskServices::onCacheOpened);

    // Work offline is the user's choice and outlives the session.
    d->monitor.setForcedOffline(d->settings.workOffline());
}

MainWindowServices DeskServices::services() const
{
    MainWindowServices s{&d->client, &d->source, &d->model, &d->settings};
    s.credentials = &d->credentials;
    s.store = d->store.get();
    s.switching = &d->source;
    s.monitor = &d->monitor;
    s.sync = &d->sync;
    s.writer = &d->writer;
    s.replayer = &d->writer.replayer();
    s.pending = &d->pending;
    return s;
}

std::optional<ApiError> DeskServices::connectTo(const QUrl &baseUrl, const QString &apiKey)
{
    if (auto error = d->serverSwitch.switchTo(baseUrl, apiKey))
        return error;
    if (d->model.source())
        d->model.refresh();
    return std::nullopt;
}

QUrl DeskServices::cacheBaseUrl() const
{
    return d->serverSwitch.server();
}

void DeskServices::onCacheOpened(const CacheOpenReport &report)
{
    if (report.outcome != CacheOpenReport::Outcome::Opened)
        emit cacheProblem(report.message);
    emit cacheOpened(report);
}

ApiClient &DeskServices::client() const
{
    return d->client;
}

CredentialStore &DeskServices::credentials() const
{
    return d->credentials;
}

CacheStore &DeskServices::store() const
{
    return *d->store;
}

ConnectivityMonitor &DeskServices::monitor() const
{
    return d->monitor;
}

SwitchingPageSource &DeskServices::pageSource() const
{
    return d->source;
}

SyncEngine &DeskServices::sync() const
{
    return d->sync;
}

OrderWriter &DeskServices::writer() const
{
    return d->writer;
}

OutboxReplayer &DeskServices::replayer() const
{
    return d->writer.replayer();
}

PendingOrders &DeskServices::pending() const
{
    return d->pending;
}

WorkOrderTableModel &DeskServices::model() const
{
    return d->model;
}

AppSettings &DeskServices::settings() const
{
    return d->settings;
}

} // namespace fentu
