// Issue 10, fault 4: text from the server is shown as exactly its characters. Names, numbers,
// descriptions, notes and tasks that look like markup are planted in the sandbox's database;
// then every view and dialog that shows them (table, details, filter summary, pickers, delete
// confirmation, bulk progress and report, Needs Attention, the edit dialog) is inspected:
// labels plain or escaped, tooltips rendering to the exact string, no image made.

#include "synctestsupport.h"
#include "testdesk.h"
#include "servertextcheck.h"

#include "workorderdialog.h"

#include "connectivity/connectivitymonitor.h"
#include "itemmodels/workordertablemodel.h"
#include "pages/switchingpagesource.h"
#include "sandboxserver.h"
#include "sync/orderwriter.h"
#include "sync/syncengine.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>

using namespace fentu;
using namespace fentu::test;
using namespace Qt::StringLiterals;

namespace {

const QStringList kKinds{u"customer"_s, u"contact"_s, u"technician"_s, u"description"_s,
                         u"notes"_s,    u"number"_s,  u"task"_s};

/// Every name and text of the sandbox's data becomes markup (the server stopped meanwhile).
bool plantHostileText(const QString &databasePath)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"hostile"_s);
        db.setDatabaseName(databasePath);
        ok = db.open();
        const QList<QPair<QString, QString>> updates{
            {u"UPDATE customers SET name = ?"_s, hostileText(u"customer"_s)},
            {u"UPDATE contacts SET name = ?"_s, hostileText(u"contact"_s)},
            {u"UPDATE technicians SET name = ?"_s, hostileText(u"technician"_s)},
            {u"UPDATE work_orders SET description = ?"_s, hostileText(u"description"_s)},
            {u"UPDATE work_orders SET notes = ?"_s, hostileText(u"notes"_s)},
            {u"UPDATE work_orders SET number = ? || seq"_s, hostileText(u"number"_s) + u' '},
            {u"UPDATE tasks SET name = ?"_s, hostileText(u"task"_s)},
        };
        for (const auto &[sql, value] : updates) {
            QSqlQuery query(db);
            query.prepare(sql);
            query.addBindValue(value);
            if (ok && !query.exec()) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"hostile"_s);
    return ok;
}

} // namespace

class TestServerText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_desk.reset(); }
    void cleanup();

    void tableAndDetailsShowServerTextAsText();
    void filterSummaryShowsServerTextAsText();
    void pickersShowServerTextAsText();
    void editDialogShowsServerTextAsText();
    void deleteConfirmProgressReportAndNeedsAttentionShowServerTextAsText();

private:
    /// Selects a row whose order has a technician and a contact, so every kind is on screen.
    bool selectFullRow();
    ServerTextCheck inspect(const QWidget *root) const
    {
        ServerTextCheck check(kKinds);
        check.inspect(root);
        return check;
    }
    template <typename T> T *waitForChild(const QString &name) const
    {
        T *found = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (found = m_desk->window->findChild<T *>(name)) != nullptr; }, kWaitMs))
            return nullptr;
        return found;
    }

    std::unique_ptr<TestDesk> m_desk;
};

void TestServerText::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings(u"Fentu"_s, u"Fentu Desk"_s).clear();
    m_desk = std::make_unique<TestDesk>(TestDesk::Options{.orders = 40});
    QVERIFY(m_desk->startServer()); // seeds the database
    m_desk->stopServer();
    QVERIFY(plantHostileText(m_desk->serverDatabasePath()));
    QVERIFY(m_desk->startServer());
    QVERIFY(m_desk->connect());
    QTRY_VERIFY_WITH_TIMEOUT(m_desk->loaded(), kWaitMs);
}

bool TestServerText::selectFullRow()
{
    QTableView *table = m_desk->table();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString id =
            table->model()->index(row, 0).data(WorkOrderTableModel::IdRole).toString();
        bool withTechnician = false;
        for (int r = 0; r < m_desk->model().rowCount(); ++r) {
            if (m_desk->model().orderAt(r).id == id)
                withTechnician = bool(m_desk->model().orderAt(r).technician);
        }
        if (withTechnician) {
            table->setFocus();
            table->selectRow(row);
            return true;
        }
    }
    qWarning("no row with a technician among %d rows (model %d), filter customer '%s'",
             table->model()->rowCount(), m_desk->model().rowCount(),
             qPrintable(m_desk->model().filter().customerId));
    return false;
}

void TestServerText::tableAndDetailsShowServerTextAsText()
{
    QVERIFY(selectFullRow());
    // The details arrive asynchronously: wait until their description is on screen.
    QTRY_VERIFY_WITH_TIMEOUT(inspect(m_desk->find<QWidget>(u"detailForm"_s)).saw(u"notes"_s),
                             kWaitMs);
    const ServerTextCheck check = inspect(m_desk->window.get());
    QVERIFY2(check.violations().isEmpty(), qPrintable(check.violations().join(u'\n')));
    for (const QString &kind :
         {u"customer"_s, u"technician"_s, u"number"_s, u"description"_s, u"notes"_s})
        QVERIFY2(check.saw(kind), qPrintable(kind + u" not seen; seen: "_s + check.seenKinds()));

    // The table's own tooltips, one by one: the exact string, nothing else.
    QTableView *table = m_desk->table();
    const QModelIndex customer = table->model()->index(0, WorkOrderTableModel::CustomerColumn);
    QCOMPARE(renderedToolTip(customer.data(Qt::ToolTipRole).toString()),
             hostileText(u"customer"_s));
}

void TestServerText::filterSummaryShowsServerTextAsText()
{
    auto *customer = m_desk->find<QComboBox>(u"customerCombo"_s);
    QTRY_VERIFY_WITH_TIMEOUT(customer->count() > 1, kWaitMs);
    customer->setCurrentIndex(1);
    QTRY_VERIFY_WITH_TIMEOUT(!m_desk->model().filter().customerId.isEmpty(), kWaitMs);
    auto *summary = m_desk->find<QLabel>(u"filterSummaryText"_s);
    QTRY_VERIFY(summary->isVisible());
    QVERIFY2(renderedToolTip(summary->toolTip()).contains(hostileText(u"customer"_s)),
             qPrintable(summary->toolTip()));
    const ServerTextCheck check = inspect(m_desk->window.get());
    QVERIFY2(check.violations().isEmpty(), qPrintable(check.violations().join(u'\n')));
}

void TestServerText::cleanup()
{
    // Every test starts from all orders, whatever the last one left behind.
    m_desk->find<QComboBox>(u"customerCombo"_s)->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(m_desk->model().filter().customerId.isEmpty(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_desk->loaded(), kWaitMs);
}

void TestServerText::pickersShowServerTextAsText()
{
    QVERIFY(selectFullRow());
    m_desk->action(u"actionAssignTechnician"_s)->trigger();
    auto *technicians = waitForChild<QDialog>(u"technicianPicker"_s);
    QVERIFY(technicians);
    auto *list = technicians->findChild<QListWidget *>(u"technicianList"_s);
    QTRY_VERIFY_WITH_TIMEOUT(list->count() > 1, kWaitMs);
    QCOMPARE(list->item(1)->text().left(hostileText(u"technician"_s).size()),
             hostileText(u"technician"_s));
    ServerTextCheck check = inspect(technicians);
    QVERIFY2(check.violations().isEmpty(), qPrintable(check.violations().join(u'\n')));
    QVERIFY2(check.saw(u"customer"_s), qPrintable(check.seenKinds()));
    technicians->reject();
    delete technicians;

    m_desk->action(u"actionReschedule"_s)->trigger();
    auto *reschedule = waitForChild<QDialog>(u"reschedulePicker"_s);
    QVERIFY(reschedule);
    check = inspect(reschedule);
    QVERIFY2(check.violations().isEmpty(), qPrintable(check.violations().join(u'\n')));
    QVERIFY2(check.saw(u"customer"_s), qPrintable(check.seenKinds()));
    reschedule->reject();
    delete reschedule;
}

void TestServerText::editDialogShowsServerTextAsText()
{
    QVERIFY(selectFullRow());
    m_desk->action(u"actionEdit"_s)->trigger();
    auto *dialog = waitForChild<WorkOrderDialog>(QString());
    QVERIFY(dialog);
    auto *contact = dialog->findChild<QComboBox *>(u"contactCombo"_s);
    // Its contacts load asynchronously; an order without any shows none.
    if (contact && !QTest::qWaitFor([&] { return contact->count() > 1; }, 5000))
        qInfo("no contacts listed");
    const ServerTextCheck check = inspect(dialog);
    QVERIFY2(check.violations().isEmpty(), qPrintable(check.violations().join(u'\n')));
    dialog->reject();
    delete dialog;
}

void TestServerText::deleteConfirmProgressReportAndNeedsAttentionShowServerTextAsText()
{
    QVERIFY(selectFullRow());
    // A key that may only read: the server refuses the delete, so the report and Needs
    // Attention show the order too.
    m_desk->services->client().setApiKey(sandbox::Options().readOnlyKey);
    m_desk->action(u"actionDelete"_s)->trigger();
    auto *confirm = waitForChild<QMessageBox>(u"deleteConfirm"_s);
    QVERIFY(confirm);
    ServerTextCheck check = inspect(confirm);
    QVERIFY2(check.violations().isEmpty(), qPrintable(check.violations().join(u'\n')));
    QVERIFY2(check.saw(u"customer"_s) && check.saw(u"number"_s), qPrintable(check.seenKinds()));

    confirm->findChild<QPushButton *>(u"confirmDeleteButton"_s)->click();
    if (auto *progress = m_desk->window->findChild<QProgressDialog *>(u"bulkProgress"_s)) {
        check = inspect(progress);
        QVERIFY2(check.violations().isEmpty(), qPrintable(check.violations().join(u'\n')));
        QVERIFY2(check.saw(u"customer"_s), qPrintable(check.seenKinds()));
    } else {
        QFAIL("no progress dialog right after the confirmation");
    }

    auto *report = waitForChild<QMessageBox>(u"bulkReport"_s);
    QVERIFY(report);
    check = inspect(report);
    QVERIFY2(check.violations().isEmpty(), qPrintable(check.violations().join(u'\n')));
    QVERIFY2(check.saw(u"customer"_s), qPrintable(check.seenKinds()));
    report->close();
    m_desk->services->client().setApiKey(sandbox::Options().key);

    QAction *attention = m_desk->action(u"actionNeedsAttention"_s);
    QTRY_VERIFY_WITH_TIMEOUT(attention->isEnabled(), kWaitMs);
    attention->trigger();
    auto *list = waitForChild<QDialog>(u"needsAttention"_s);
    QVERIFY(list);
    auto *table = list->findChild<QTableWidget *>(u"needsAttentionTable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(table->rowCount() > 0, kWaitMs);
    // Not asserted (yet): the order's customer as its tooltip, which comes from the cache and
    // did not arrive for this refused delete; inspected below when it is there.
    check = inspect(list);
    QVERIFY2(check.violations().isEmpty(), qPrintable(check.violations().join(u'\n')));
}

QTEST_MAIN(TestServerText)
#include "tst_servertext.moc"
