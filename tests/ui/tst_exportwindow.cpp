// File ▸ Export… in the real window (offscreen, DeskServices against an in-process
// fentu-sandbox): every order of the view, not only the rows loaded, in the table's columns
// and their order (a hidden column left out), with the search the table shows applied.
#include "csvparse.h"
#include "synctestsupport.h"
#include "testdesk.h"

#include "exportflow.h"
#include "workordertableview.h"

#include "export/orderexport.h"
#include "itemmodels/workordertablemodel.h"

#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fentu;
using namespace fentu::test;

class TestExportWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void exportsEveryOrderOfTheViewInTheTablesColumns();

private:
    std::optional<QList<QStringList>> exportNow(const QString &name);

    std::unique_ptr<TestDesk> m_desk;
    QTemporaryDir m_dir;
};

void TestExportWindow::init()
{
    m_desk = loadedDesk(250);
    QVERIFY(m_desk);
}

void TestExportWindow::cleanup()
{
    m_desk.reset();
}

std::optional<QList<QStringList>> TestExportWindow::exportNow(const QString &name)
{
    auto *flow = m_desk->find<ExportFlow>(u"exportFlow"_s);
    const QString path = m_dir.filePath(name);
    flow->setNextExportForTesting(path);
    QSignalSpy exported(flow, &ExportFlow::exported);
    m_desk->action(u"actionExport"_s)->trigger();
    if (!exported.wait(kWaitMs) && exported.isEmpty())
        return std::nullopt;
    if (!exported.first().at(2).toString().isEmpty()) {
        qWarning() << exported.first().at(2).toString();
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return parseCsv(QString::fromUtf8(file.readAll().mid(3)));
}

void TestExportWindow::exportsEveryOrderOfTheViewInTheTablesColumns()
{
    QAction *action = m_desk->action(u"actionExport"_s);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    const int total = m_desk->model().totalCount();
    QVERIFY(m_desk->model().rowCount() < total); // only the first pages are loaded

    // The type column hidden, the customer moved first.
    QHeaderView *header = m_desk->table()->horizontalHeader();
    header->setSectionHidden(WorkOrderTableModel::TypeColumn, true);
    header->moveSection(header->visualIndex(WorkOrderTableModel::CustomerColumn), 0);
    auto records = exportNow(u"all.csv"_s);
    QVERIFY(records);
    QCOMPARE(records->size() - 1, total);
    QCOMPARE(records->first().first(),
             OrderExport::header({WorkOrderTableModel::CustomerColumn}).first());
    QVERIFY(!records->first().contains(
        OrderExport::header({WorkOrderTableModel::TypeColumn}).first()));

    // With a search (here over the cache, after a sync), only its orders.
    QVERIFY(m_desk->syncNow());
    auto *search = m_desk->find<QLineEdit>(u"quickSearch"_s);
    const QString customer = records->at(1).first();
    search->setText(customer);
    QTest::qWait(400);
    QTRY_VERIFY_WITH_TIMEOUT(!m_desk->model().isLoading(), kWaitMs);
    const int found = m_desk->model().totalCount();
    QVERIFY(found > 0 && found < total);
    records = exportNow(u"found.csv"_s);
    QVERIFY(records);
    QCOMPARE(records->size() - 1, found);
    for (const QStringList &record : records->mid(1))
        QCOMPARE(record.first(), customer);
}

QTEST_MAIN(TestExportWindow)
#include "tst_exportwindow.moc"
