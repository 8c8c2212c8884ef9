// DeskServices, fentu-desk's composition root: every service made and handed to the window,
// Work offline restored from the settings, one cache file per server and a refused URL that
// changes nothing.

#include "deskservices.h"

#include "api/apiclient.h"
#include "cache/cachepaths.h"
#include "cache/cachestore.h"
#include "connectivity/connectivitymonitor.h"
#include "credentials/credentialstore.h"
#include "itemmodels/workordertablemodel.h"
#include "pages/switchingpagesource.h"
#include "settings/appsettings.h"
#include "sync/orderwriter.h"
#include "sync/outboxreplayer.h"
#include "sync/pendingorders.h"
#include "sync/syncengine.h"

#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fentu;
using namespace Qt::StringLiterals;

class TestDeskServices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings(u"Fentu"_s, u"Fentu Desk"_s).clear(); }

    void fillsEveryService()
    {
        QTemporaryDir dir;
        DeskServices desk(dir.path());
        const MainWindowServices s = desk.services();
        QCOMPARE(s.client, &desk.client());
        QCOMPARE(s.pageSource, static_cast<WorkOrderPageSource *>(&desk.pageSource()));
        QCOMPARE(s.switching, &desk.pageSource());
        QCOMPARE(s.model, &desk.model());
        QCOMPARE(s.settings, &desk.settings());
        QCOMPARE(s.credentials, &desk.credentials());
        QCOMPARE(s.store, &desk.store());
        QCOMPARE(s.monitor, &desk.monitor());
        QCOMPARE(s.sync, &desk.sync());
        QCOMPARE(s.writer, &desk.writer());
        QCOMPARE(s.replayer, &desk.replayer());
        QCOMPARE(s.pending, &desk.pending());
        QVERIFY(desk.monitor().isOnline());
    }

    void workOfflineOutlivesTheSession()
    {
        {
            AppSettings settings;
            settings.setWorkOffline(true);
            settings.sync();
        }
        QTemporaryDir dir;
        DeskServices desk(dir.path());
        QCOMPARE(desk.monitor().state(), ConnectivityMonitor::State::OfflineForced);
    }

    void oneCachePerServer()
    {
        QTemporaryDir dir;
        DeskServices desk(dir.path());
        QSignalSpy opened(&desk, &DeskServices::cacheOpened);

        const QUrl first(u"http://127.0.0.1:1/api/v1"_s);
        QVERIFY(!desk.connectTo(first, u"key-1"_s));
        QVERIFY(opened.wait());
        auto report = opened.takeFirst().first().value<CacheOpenReport>();
        QCOMPARE(int(report.outcome), int(CacheOpenReport::Outcome::Opened));
        QCOMPARE(QFileInfo(report.filePath).fileName(), cachepaths::fileNameFor(first));
        QCOMPARE(QFileInfo(report.filePath).absolutePath(),
                 QFileInfo(dir.path()).absoluteFilePath());

        // Settings changed the server: its own cache opens, the first one stays on disk.
        const QUrl second(u"http://localhost:2/api/v1"_s);
        QVERIFY(!desk.connectTo(second, u"key-2"_s));
        QVERIFY(opened.wait());
        report = opened.takeFirst().first().value<CacheOpenReport>();
        QCOMPARE(QFileInfo(report.filePath).fileName(), cachepaths::fileNameFor(second));
        QVERIFY(QFileInfo::exists(dir.filePath(cachepaths::fileNameFor(first))));
        QCOMPARE(desk.client().baseUrl().port(), 2);

        // The same server again (a new key only) does not reopen anything.
        QVERIFY(!desk.connectTo(second, u"key-3"_s));
        QVERIFY(!opened.wait(300));
    }

    void refusedUrlChangesNothing()
    {
        QTemporaryDir dir;
        DeskServices desk(dir.path());
        QVERIFY(!desk.connectTo(QUrl(u"http://127.0.0.1:1/api/v1"_s), u"key"_s));
        const QUrl before = desk.cacheBaseUrl();
        // Plain http to a remote host would send the key in the clear.
        QVERIFY(desk.connectTo(QUrl(u"http://example.com/api/v1"_s), u"key"_s).has_value());
        QCOMPARE(desk.cacheBaseUrl(), before);
        QCOMPARE(desk.client().baseUrl().host(), u"127.0.0.1"_s);
    }
};

QTEST_MAIN(TestDeskServices)
#include "tst_deskservices.moc"
