// File ▸ Export…'s work without the window: every order of a view paged from a real cache
// (after a sync from an in-process fentu-sandbox), written as RFC 4180 CSV and read back:
// exactly the orders of the filter (not only a first page), the columns asked for in their
// order, a date as UTC and as local time, commas, quotes and line breaks quoted; cancelled,
// nothing is written; an unwritable path says so.
#include "csvparse.h"
#include "synctestsupport.h"

#include "export/orderexport.h"
#include "itemmodels/workordertablemodel.h"
#include "pages/cachepagesource.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fentu;
using namespace fentu::test;

class TestOrderExport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void everyOrderOfTheViewInTheColumnsAsked();
    void textIsQuotedAndReadsBack();
    void cancelledWritesNothing();
    void anUnwritablePathSaysSo();
    void aWorkbookHasTypedCellsAFrozenHeaderAndAFilter();

private:
    /// Runs an export to `name` in the temporary folder; the records read back (BOM
    /// stripped), or nullopt with the error in `error`.
    std::optional<QList<QStringList>> exportTo(const QString &name, const WorkOrderFilter &filter,
                                               const QList<int> &columns, QString *error = nullptr);

    std::unique_ptr<SyncFixture> m_fixture;
    std::unique_ptr<CachePageSource> m_source;
    QTemporaryDir m_dir;
};

void TestOrderExport::init()
{
    m_fixture = std::make_unique<SyncFixture>(260); // three pages
    QVERIFY(m_fixture->startSynced());
    m_source = std::make_unique<CachePageSource>(&m_fixture->store());
}

void TestOrderExport::cleanup()
{
    m_source.reset();
    m_fixture.reset();
}

std::optional<QList<QStringList>> TestOrderExport::exportTo(const QString &name,
                                                            const WorkOrderFilter &filter,
                                                            const QList<int> &columns,
                                                            QString *error)
{
    const QString path = m_dir.filePath(name);
    OrderExport job(m_source.get(), filter, columns, path);
    QSignalSpy finished(&job, &OrderExport::finished);
    QSignalSpy writing(&job, &OrderExport::writing);
    job.start();
    if (!finished.wait(kWaitMs) && finished.isEmpty())
        return std::nullopt;
    if (writing.size() != 1) // said once, before the end: from there Cancel is not offered
        return std::nullopt;
    const QString problem = finished.first().at(1).toString();
    if (error)
        *error = problem;
    if (!problem.isEmpty())
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray bytes = file.readAll();
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return std::nullopt; // the byte-order mark spreadsheets need
    bytes.remove(0, 3);
    return parseCsv(QString::fromUtf8(bytes));
}

void TestOrderExport::everyOrderOfTheViewInTheColumnsAsked()
{
    WorkOrderFilter open;
    open.status = Status::Open;
    QStringList expected;
    for (const WorkOrderSummary &order : allCachedOrders(m_fixture->store())) {
        if (order.status == Status::Open)
            expected.append(order.number);
    }
    QVERIFY(expected.size() > 10);
    const QList<int> columns{WorkOrderTableModel::ScheduledColumn,
                             WorkOrderTableModel::NumberColumn,
                             WorkOrderTableModel::StatusColumn};
    const auto records = exportTo(u"open.csv"_s, open, columns);
    QVERIFY(records);
    QCOMPARE(records->first(), OrderExport::header(columns));
    QCOMPARE(records->first().size(), 4); // a date is two columns
    QStringList numbers;
    for (const QStringList &record : records->mid(1)) {
        QCOMPARE(record.size(), 4);
        numbers.append(record[2]);
        QCOMPARE(record[3], u"Open"_s);
        if (!record[0].isEmpty()) {
            const QDateTime utc = QDateTime::fromString(record[0], Qt::ISODate);
            const QDateTime local = QDateTime::fromString(record[1], Qt::ISODate);
            QVERIFY2(record[0].endsWith(u'Z') && utc.isValid(), qPrintable(record[0]));
            QCOMPARE(local.toUTC(), utc); // the same instant, written in local time
        }
    }
    numbers.sort();
    expected.sort();
    QCOMPARE(numbers, expected);
}

void TestOrderExport::textIsQuotedAndReadsBack()
{
    WorkOrderSummary odd = allCachedOrders(m_fixture->store()).first();
    odd.customer.name = u"Acme, \"Best\" Co\nSecond line; Müller"_s;
    odd.raw = {}; // stored from the fields, not the bytes the sync received
    odd.updatedAt = odd.updatedAt.addSecs(60);
    QVERIFY(await<CacheResult<CacheDone>>([&](auto done) {
                m_fixture->store().upsertSummaries({odd}, nullptr, done);
            }).isOk());
    const auto records = exportTo(u"odd.csv"_s, {}, {WorkOrderTableModel::NumberColumn,
                                                      WorkOrderTableModel::CustomerColumn});
    QVERIFY(records);
    bool found = false;
    for (const QStringList &record : records->mid(1)) {
        if (record[0] == odd.number) {
            QCOMPARE(record[1], odd.customer.name);
            found = true;
        }
    }
    QVERIFY(found);
    QCOMPARE(records->size() - 1, int(allCachedOrders(m_fixture->store()).size()));
}

void TestOrderExport::cancelledWritesNothing()
{
    const QString path = m_dir.filePath(u"cancelled.csv"_s);
    OrderExport job(m_source.get(), {}, {WorkOrderTableModel::NumberColumn}, path);
    QSignalSpy finished(&job, &OrderExport::finished);
    QSignalSpy progress(&job, &OrderExport::progress);
    QSignalSpy writing(&job, &OrderExport::writing);
    job.start();
    QVERIFY(progress.wait(kWaitMs)); // a page in, more to come
    job.cancel();
    QTest::qWait(300);
    QVERIFY(finished.isEmpty());
    QVERIFY(writing.isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestOrderExport::anUnwritablePathSaysSo()
{
    QString error;
    const auto records = exportTo(u"no-such-folder/x.csv"_s, {},
                                  {WorkOrderTableModel::NumberColumn}, &error);
    QVERIFY(!records);
    QVERIFY2(error.contains(u"Cannot write"_s), qPrintable(error));
}

void TestOrderExport::aWorkbookHasTypedCellsAFrozenHeaderAndAFilter()
{
    const QString path = m_dir.filePath(u"orders.xlsx"_s);
    const QList<int> columns{WorkOrderTableModel::NumberColumn,
                             WorkOrderTableModel::ScheduledColumn,
                             WorkOrderTableModel::DurationColumn};
    OrderExport job(m_source.get(), {}, columns, path);
    QSignalSpy finished(&job, &OrderExport::finished);
    job.start();
    QVERIFY(finished.wait(kWaitMs) || !finished.isEmpty());
    QCOMPARE(finished.first().at(1).toString(), QString());
    const int count = finished.first().at(0).toInt();
    QCOMPARE(count, int(allCachedOrders(m_fixture->store()).size()));
    QVERIFY(!QFile::exists(path + u".part"_s));

    // The workbook is a zip; its sheet, read with unzip.
    QProcess unzip;
    unzip.start(u"unzip"_s, {u"-p"_s, path, u"xl/worksheets/sheet1.xml"_s});
    QVERIFY(unzip.waitForFinished(30000));
    QCOMPARE(unzip.exitCode(), 0);
    const QString sheet = QString::fromUtf8(unzip.readAllStandardOutput());
    QCOMPARE(sheet.count(u"<row "_s), count + 1);            // the header, one row per order
    QVERIFY(sheet.contains(u"state=\"frozen\""_s));          // the header stays in view
    QVERIFY2(sheet.contains(u"<autoFilter ref=\"A1:D%1\""_s.arg(count + 1)), qPrintable(sheet.left(2000)));
    // The first order: its number as text, its date and duration as numbers.
    const WorkOrderSummary first = allCachedOrders(m_fixture->store()).first();
    QVERIFY(sheet.contains(first.number));
    if (first.estimatedDuration)
        QVERIFY(sheet.contains(u"<v>%1</v>"_s.arg(*first.estimatedDuration)));
    QVERIFY(sheet.contains(u"s=\""_s)); // the date cells' number format
    QVERIFY(OrderExport::workbookHeader(columns).last().endsWith(u"(minutes)"_s));
    QVERIFY(sheet.contains(OrderExport::workbookHeader(columns).last()));
}

QTEST_GUILESS_MAIN(TestOrderExport)
#include "tst_orderexport.moc"
