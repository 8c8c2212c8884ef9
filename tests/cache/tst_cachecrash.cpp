// A process killed (SIGKILL) while writing leaves a sound cache with every committed batch.
// The writer is this test binary itself, started with --writer <dir>.

#include "cachetestsupport.h"

#include "cache/cachepaths.h"
#include "cache/cachestore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace fentu;
using namespace fentu::test;

namespace {

const QUrl kServer(u"https://api.fentu.io/v1"_s);
constexpr int kSeedOrders = 500;
constexpr int kBatch = 100;

QList<WorkOrderSummary> batch(const QString &prefix, int number, int size)
{
    QList<WorkOrderSummary> orders;
    for (int i = 0; i < size; ++i) {
        OrderSpec spec;
        spec.id =
            u"%1-%2-%3"_s.arg(prefix).arg(number, 5, 10, QChar(u'0')).arg(i, 3, 10, QChar(u'0'));
        spec.scheduled = QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC).addSecs(i * 600);
        QJsonObject json = orderJson(spec);
        json[u"padding"_s] = QString(300, u'p'); // bigger rows: more pages per transaction
        orders.append(summaryFrom(json));
    }
    return orders;
}

// The child: writes batches of 100 in a full sync forever, printing each committed batch.
class Writer : public QObject
{
public:
    explicit Writer(const QString &dir) : m_store(dir) {}

    void start()
    {
        m_store.open(kServer, this, [this](const CacheOpenReport &report) {
            if (!report.isUsable())
                QCoreApplication::exit(2);
            m_store.beginFullSync(this, [this](CacheResult<qint64>) { write(0); });
        });
    }

private:
    void write(int number)
    {
        m_store.upsertSummaries(batch(u"wo-child"_s, number, kBatch), this,
                                [this, number](CacheResult<CacheDone> result) {
                                    if (!result)
                                        QCoreApplication::exit(3);
                                    std::printf("committed %d\n", number);
                                    std::fflush(stdout);
                                    write(number + 1);
                                });
    }

    CacheStore m_store;
};

int runWriter(const QString &dir)
{
    Writer writer(dir);
    writer.start();
    return QCoreApplication::exec();
}

} // namespace

class TestCacheCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLeavesASoundCache();
};

void TestCacheCrash::killedWriterLeavesASoundCache()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        CacheStore store(dir.path());
        const auto report =
            await<CacheOpenReport>([&](auto done) { store.open(kServer, nullptr, done); });
        QCOMPARE(report.outcome, CacheOpenReport::Outcome::Opened);
        QVERIFY(await<CacheResult<CacheDone>>([&](auto done) {
            store.upsertSummaries(batch(u"wo-seed"_s, 0, kSeedOrders), nullptr, done);
        }));
        OutboxEntry entry;
        entry.orderId = u"wo-seed-00000-001"_s;
        QVERIFY(await<CacheResult<OutboxWrite>>(
            [&](auto done) { store.enqueueOutbox(entry, nullptr, done); }));
    }

    QProcess writer;
    writer.setProcessChannelMode(QProcess::SeparateChannels);
    writer.start(QCoreApplication::applicationFilePath(), {u"--writer"_s, dir.path()});
    QVERIFY(writer.waitForStarted());
    int lastCommitted = -1;
    QByteArray pending;
    // Let it commit a good number of batches, so the kill lands among writes.
    while (lastCommitted < 40) {
        if (!writer.waitForReadyRead(20000))
            QFAIL(qPrintable(u"the writer stopped: "_s +
                             QString::fromLocal8Bit(writer.readAllStandardError())));
        pending += writer.readAllStandardOutput();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(newline);
            pending.remove(0, newline + 1);
            if (line.startsWith("committed "))
                lastCommitted = line.mid(10).toInt();
        }
    }
    writer.kill(); // SIGKILL: no destructor, no checkpoint, no rollback
    QVERIFY(writer.waitForFinished(20000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    QVERIFY(QFile::exists(dir.filePath(cachepaths::fileNameFor(kServer)) + u"-wal"_s));

    CacheStore store(dir.path());
    const auto report =
        await<CacheOpenReport>([&](auto done) { store.open(kServer, nullptr, done); });
    QCOMPARE(report.outcome, CacheOpenReport::Outcome::Opened);
    const auto integrity =
        await<CacheResult<QStringList>>([&](auto done) { store.integrityCheck(nullptr, done); });
    QVERIFY(integrity.isOk());
    QCOMPARE(integrity.value(), QStringList{u"ok"_s});

    // Everything committed before the kill is there; batches are all or nothing.
    const auto info = await<CacheResult<CacheInfo>>([&](auto done) { store.info(nullptr, done); });
    QVERIFY(info.isOk());
    const int childRows = info.value().orderCount - kSeedOrders;
    QVERIFY2(childRows >= (lastCommitted + 1) * kBatch, qPrintable(QString::number(childRows)));
    QCOMPARE(childRows % kBatch, 0);
    QCOMPARE(info.value().outboxCount, 1);
    for (const QString &id :
         {u"wo-seed-00000-000"_s, u"wo-seed-00000-499"_s, u"wo-child-00000-000"_s,
          u"wo-child-%1-099"_s.arg(lastCommitted, 5, 10, QChar(u'0'))}) {
        const auto order = await<CacheResult<std::optional<CachedWorkOrder>>>(
            [&](auto done) { store.getWorkOrder(id, nullptr, done); });
        QVERIFY(order.isOk());
        QVERIFY2(order.value().has_value(), qPrintable(id));
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc >= 3 && qstrcmp(argv[1], "--writer") == 0)
        return runWriter(QString::fromLocal8Bit(argv[2]));
    TestCacheCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cachecrash.moc"
