#include "sandboxserver.h"

#include "apidispatcher.h"
#include "directorystore.h"
#include "faultinjector.h"
#include "httptransport.h"
#include "lookupendpoints.h"
#include "requestpipeline.h"
#include "sandboxdatabase.h"
#include "sandboxlogging.h"
#include "seeder.h"
#include "workorderendpoints.h"
#include "workorderstore.h"

#include <QDateTime>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace fentu::sandbox {

// Members are destroyed bottom-up: the transport (and its sockets) first, the database last.
class SandboxServer::Private
{
public:
    explicit Private(Options opts)
        : options(std::move(opts)), directory(database), orders(database),
          orderEndpoints(orders, directory), lookupEndpoints(directory),
          dispatcher(options.key, options.readOnlyKey, orderEndpoints, lookupEndpoints),
          faults(options.seed), pipeline(dispatcher, faults)
    {
        faults.setFaults(options.faults);
    }

    bool openDatabase(QString *error)
    {
        if (!database.open(options.databasePath, error))
            return false;
        if (database.isEmpty()) {
            const QDate anchor = options.anchorDate.isValid()
                                     ? options.anchorDate
                                     : QDateTime::currentDateTimeUtc().date();
            QElapsedTimer timer;
            timer.start();
            Seeder seeder(database, options.seed, anchor);
            if (!seeder.seed(qMax(0, options.orders), error))
                return false;
            qCDebug(lcSandbox) << "seeded" << options.orders << "orders in" << timer.elapsed()
                               << "ms";
        }
        QElapsedTimer timer;
        timer.start();
        const bool indexed = database.createIndexes(error);
        qCDebug(lcSandbox) << "indexes in" << timer.elapsed() << "ms";
        return indexed;
    }

    Options options;
    SandboxDatabase database;
    DirectoryStore directory;
    WorkOrderStore orders;
    WorkOrderEndpoints orderEndpoints;
    LookupEndpoints lookupEndpoints;
    ApiDispatcher dispatcher;
    FaultInjector faults;
    RequestPipeline pipeline;
    std::unique_ptr<HttpTransport> transport;
};

SandboxServer::SandboxServer(Options options, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(std::move(options)))
{}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(QString *error)
{
    QString message;
    if (d->transport) {
        message = u"already started"_s;
    } else if (d->openDatabase(&message)) {
        d->transport =
            std::make_unique<HttpTransport>([this](const HttpRequest &request, ReplySink reply) {
                d->pipeline.handle(request, std::move(reply));
            });
        if (d->transport->listenOn(d->options.address, d->options.port, &message))
            return true;
        d->transport.reset();
    }
    if (error)
        *error = message;
    return false;
}

quint16 SandboxServer::port() const
{
    return d->transport ? d->transport->port() : 0;
}

QUrl SandboxServer::baseUrl() const
{
    QHostAddress host = d->options.address;
    // A server on every interface is still reached over loopback by the tests.
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(host.toString());
    url.setPort(port());
    url.setPath(u"/api/v1"_s);
    return url;
}

const Options &SandboxServer::options() const
{
    return d->options;
}

void SandboxServer::setFaults(const Faults &faults)
{
    d->options.faults = faults;
    d->faults.setFaults(faults);
}

void SandboxServer::failNext(int count, int httpStatus, int retryAfterSeconds)
{
    d->faults.failNext(count, httpStatus, retryAfterSeconds);
}

void SandboxServer::loseNextWriteAnswers(int count)
{
    d->faults.loseNextWriteAnswers(count);
}

int SandboxServer::requestCount() const
{
    return d->pipeline.requestCount();
}

} // namespace fentu::sandbox
