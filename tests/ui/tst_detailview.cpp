// The details pane of the real main window, offscreen, against an in-process fentu-sandbox:
// the selected order's fields in local time, server text kept literal, 404 and network
// failures with Retry, stale answers dropped, reload on row changes, the keyboard and the
// View > Details toggle, and, with the cache services, a detail seen online read offline.

#include "mainwindow.h"
#include "await.h"
#include "testdesk.h"
#include "testsettings.h"

#include "api/apiclient.h"
#include "cache/cachestore.h"
#include "connectivity/connectivitymonitor.h"
#include "itemmodels/localdatetime.h"
#include "itemmodels/workordercolumns.h"
#include "itemmodels/workordertablemodel.h"
#include "pages/switchingpagesource.h"
#include "sandboxserver.h"
#include "settings/appsettings.h"
#include "sync/workorderdetailloader.h"
#include "workorderdetailview.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace fentu;
using namespace Qt::StringLiterals;

namespace {

constexpr int kOrders = 120;
constexpr int kWaitMs = 15000;
// UTC+5:30 all year: a local time that differs from UTC in hours and minutes, so a detail
// that showed UTC (or dropped the offset's half hour) cannot pass.
constexpr auto kZone = "Asia/Kolkata";
constexpr int kZoneOffsetSeconds = 5 * 3600 + 30 * 60;

using test::await;

/// One running desk: the window on the table against the API alone, as these tests were
/// written for; with `cached`, on every service of fentu-desk (the offline cache, the
/// connectivity monitor and the switching source among them).
struct Desk : test::TestDesk
{
    explicit Desk(sandbox::SandboxServer *server, bool cached = false)
        : TestDesk({.services = cached ? Services::Desk : Services::TableOnly, .server = server})
    {
    }

    WorkOrderDetailView *view() const { return find<WorkOrderDetailView>(u"detailView"_s); }
    WorkOrderDetailLoader *loader() const { return view()->loader(); }
    QString text(const QString &name) const { return find<QLabel>(name)->text(); }
    QString currentPageName() const
    {
        for (const auto &name : {u"detailPlaceholder"_s, u"detailErrorPage"_s, u"detailScroll"_s})
            if (find<QWidget>(name)->isVisible())
                return name;
        return {};
    }
    /// Selects the row of the order `id` (a source row) as a click would.
    void select(const QString &id) const
    {
        const int sourceRow = model().rowOfId(id);
        if (sourceRow < 0)
            qFatal("order %s not held", qPrintable(id));
        const auto *proxy = static_cast<const QAbstractProxyModel *>(table()->model());
        const QModelIndex index = proxy->mapFromSource(model().index(sourceRow, 0));
        table()->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
        table()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
    QString idAt(int row) const { return model().orderAt(row).id; }
    bool shows(const QString &id) const
    {
        return loader()->state() == WorkOrderDetailLoader::State::Loaded &&
               loader()->order().id == id && currentPageName() == u"detailScroll"_s;
    }
};

QStringList taskTexts(const QWidget *tasks, const QString &name)
{
    QStringList texts;
    for (const QLabel *label : tasks->findChildren<QLabel *>(name))
        texts << label->text();
    return texts;
}

} // namespace

class TestDetailView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("TZ", kZone);
        QVERIFY2(QDateTime(QDate(2024, 1, 27), QTime(9, 0), Qt::UTC).toLocalTime().time() ==
                     QTime(14, 30),
                 "the test's time zone is not in effect (tzdata missing?)");
        test::useTestSettings(u"Fentu Desk Detail Test"_s);
        QVERIFY2(AppSettings().fileName().contains(u"/.qttest/"_s),
                 qPrintable(AppSettings().fileName()));
        QString error;
        m_server = test::startedSandbox(kOrders, &error);
        QVERIFY2(m_server != nullptr, qPrintable(error));
    }

    void init() { QSettings(u"Fentu"_s, u"Fentu Desk"_s).clear(); }

    void hintWhenNothingOrSeveralAreSelected()
    {
        Desk desk(m_server.get());
        desk.load();
        QTRY_COMPARE(desk.model().rowCount(), 100);
        QCOMPARE(desk.currentPageName(), u"detailPlaceholder"_s);
        QCOMPARE(desk.text(u"detailPlaceholder"_s), u"Select a work order to see its details"_s);

        QItemSelectionModel *selection = desk.table()->selectionModel();
        const QAbstractItemModel *shown = desk.table()->model();
        for (int row = 0; row < 3; ++row)
            selection->select(shown->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(desk.text(u"detailPlaceholder"_s), u"3 work orders selected"_s);
        QCOMPARE(desk.currentPageName(), u"detailPlaceholder"_s);
        selection->clearSelection();
        QCOMPARE(desk.text(u"detailPlaceholder"_s), u"Select a work order to see its details"_s);
    }

    void selectedRowShowsTheFullOrderInLocalTime()
    {
        Desk desk(m_server.get());
        desk.load();
        QTRY_COMPARE(desk.model().rowCount(), 100);
        // An order with everything to show: contact, tasks, schedule and an estimate.
        std::optional<WorkOrder> full;
        for (int row = 0; row < desk.model().rowCount() && !full; ++row) {
            auto result = await<ApiResult<WorkOrder>>(
                [&](auto done) { desk.client().getWorkOrder(desk.idAt(row), nullptr, done); });
            QVERIFY(result.isOk());
            const WorkOrder &order = result.value();
            if (order.contact && !order.contact->phone.isEmpty() && order.tasks.size() >= 2 &&
                order.scheduledDate.isValid() && order.estimatedDuration &&
                !order.customer.address.isEmpty() && order.technician)
                full = order;
        }
        QVERIFY2(full, "the sandbox has no order with contact, tasks and schedule");

        desk.select(full->id);
        QVERIFY(desk.find<QProgressBar>(u"detailLoading"_s)->isVisible());
        QTRY_VERIFY(desk.shows(full->id));
        QVERIFY(!desk.find<QProgressBar>(u"detailLoading"_s)->isVisible());

        QCOMPARE(desk.text(u"detailNumber"_s), full->number);
        QCOMPARE(desk.text(u"detailStatus"_s), WorkOrderColumns::statusText(*full));
        QVERIFY(desk.text(u"detailPriority"_s).contains(WorkOrderColumns::priorityText(*full)));
        QCOMPARE(desk.text(u"detailCustomer"_s),
                 full->customer.name + u'\n' + full->customer.address);
        QCOMPARE(desk.text(u"detailContact"_s), full->contact->name + u'\n' + full->contact->phone);
        QCOMPARE(desk.text(u"detailTechnician"_s), full->technician->name);
        QCOMPARE(desk.text(u"detailType"_s), full->workOrderType);
        QCOMPARE(desk.text(u"detailDuration"_s),
                 WorkOrderColumns::formatDuration(*full->estimatedDuration));
        QVERIFY(desk.text(u"detailDuration"_s)
                    .contains(QRegularExpression(u"^(\\d+ h)?( ?\\d+ min)?$"_s)));

        // Local time, computed here from the zone's fixed offset rather than by Qt's local
        // time: 09:00Z reads 14:30. No seconds anywhere.
        const QDateTime local = full->scheduledDate.toOffsetFromUtc(kZoneOffsetSeconds);
        const QString scheduled = desk.text(u"detailScheduled"_s);
        QVERIFY2(scheduled.contains(local.toString(u"HH:mm"_s)), qPrintable(scheduled));
        QVERIFY2(scheduled.contains(QString::number(local.date().day())), qPrintable(scheduled));
        const QRegularExpression seconds(u"\\d:\\d\\d:\\d\\d"_s);
        for (const auto &name : {u"detailScheduled"_s, u"detailCreated"_s, u"detailUpdated"_s}) {
            QVERIFY2(!desk.text(name).isEmpty(), qPrintable(name));
            QVERIFY2(!desk.text(name).contains(seconds), qPrintable(desk.text(name)));
        }
        QVERIFY(desk.text(u"detailCreated"_s)
                    .contains(
                        full->createdAt.toOffsetFromUtc(kZoneOffsetSeconds).toString(u"HH:mm"_s)));

        auto *tasks = desk.find<QWidget>(u"detailTasks"_s);
        QStringList names, statuses;
        for (const Task &task : full->tasks) {
            names << task.name;
            QString status = task.status;
            status.replace(u'_', u' ');
            status[0] = status.at(0).toUpper();
            statuses << status;
        }
        QCOMPARE(taskTexts(tasks, u"detailTaskName"_s), names);
        QCOMPARE(taskTexts(tasks, u"detailTaskStatus"_s), statuses);

        // Every value can be selected and copied; none is read as markup.
        for (QLabel *label : desk.find<QWidget>(u"detailForm"_s)->findChildren<QLabel *>()) {
            if (!label->objectName().startsWith(u"detail"_s) ||
                label->objectName().endsWith(u"Label"_s))
                continue;
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
            QVERIFY2(label->textInteractionFlags() & Qt::TextSelectableByMouse,
                     qPrintable(label->objectName()));
        }
        QVERIFY(!desk.find<QLabel>(u"detailSource"_s)->isVisible()); // from the server
    }

    void serverTextIsShownLiterally()
    {
        const QString markup = u"<b>bold</b><img src=x>"_s;
        Desk desk(m_server.get());
        desk.load();
        QTRY_COMPARE(desk.model().rowCount(), 100);
        const QString id = desk.idAt(3);
        WorkOrderPatch patch;
        patch.setDescription(markup);
        patch.setNotes(u"a < b & c > d"_s);
        QVERIFY(await<ApiResult<WorkOrder>>([&](auto done) {
                    desk.client().updateWorkOrder(id, patch, nullptr, done);
                }).isOk());

        desk.select(id);
        QTRY_VERIFY(desk.shows(id));
        auto *description = desk.find<QLabel>(u"detailDescription"_s);
        QCOMPARE(description->text(), markup);
        QCOMPARE(description->textFormat(), Qt::PlainText);
        QCOMPARE(desk.text(u"detailNotes"_s), u"a < b & c > d"_s);
        // Shown as characters: the label needs the room of the whole literal string, which
        // rendered HTML ("bold" and a broken image) would not.
        QVERIFY(description->sizeHint().width() >=
                description->fontMetrics().horizontalAdvance(u"<b>bold</b>"_s));
    }

    void deletedOrderSaysSo()
    {
        Desk desk(m_server.get());
        desk.load();
        QTRY_COMPARE(desk.model().rowCount(), 100);
        const QString id = desk.idAt(desk.model().rowCount() - 1);
        QVERIFY(await<ApiResult<NoContent>>([&](auto done) {
                    desk.client().deleteWorkOrder(id, nullptr, done);
                }).isOk());

        desk.select(id);
        QTRY_COMPARE(desk.loader()->state(), WorkOrderDetailLoader::State::Failed);
        QCOMPARE(desk.loader()->error().httpStatus(), 404);
        QCOMPARE(desk.currentPageName(), u"detailErrorPage"_s);
        QCOMPARE(desk.text(u"detailError"_s), desk.loader()->error().userMessage());
        QVERIFY(desk.text(u"detailError"_s).contains(u"no longer exists"_s));
        QVERIFY(desk.find<QPushButton>(u"detailRetry"_s)->isVisible());
    }

    void networkErrorThenRetryRecovers()
    {
        Desk desk(m_server.get());
        desk.load();
        QTRY_COMPARE(desk.model().rowCount(), 100);
        QTRY_VERIFY(!desk.model().isLoading());
        const QString id = desk.idAt(5);

        // A port nothing listens on any more: the server is "down".
        QUrl dead;
        {
            sandbox::SandboxServer gone(sandbox::Options{});
            QVERIFY(gone.start());
            dead = gone.baseUrl();
        }
        QVERIFY(!desk.client().setBaseUrl(dead));
        desk.select(id);
        QTRY_COMPARE(desk.loader()->state(), WorkOrderDetailLoader::State::Failed);
        QCOMPARE(desk.currentPageName(), u"detailErrorPage"_s);
        const QString message = desk.text(u"detailError"_s);
        QCOMPARE(message, desk.loader()->error().userMessage());
        QVERIFY2(message.size() > 20 && !message.contains(m_server->options().key),
                 qPrintable(message));

        QVERIFY(!desk.client().setBaseUrl(m_server->baseUrl())); // the server is back
        QTest::mouseClick(desk.find<QPushButton>(u"detailRetry"_s), Qt::LeftButton);
        QTRY_VERIFY(desk.shows(id));
        QCOMPARE(desk.text(u"detailNumber"_s), desk.model().orderAt(5).number);
    }

    void quickSelectionShowsOnlyTheLast()
    {
        Desk desk(m_server.get());
        desk.load();
        QTRY_COMPARE(desk.model().rowCount(), 100);
        QTRY_VERIFY(!desk.model().isLoading());
        sandbox::Faults slow;
        slow.latencyMs = 150; // every answer still in flight when the next row is selected
        m_server->setFaults(slow);

        QStringList shown;
        connect(desk.loader(), &WorkOrderDetailLoader::stateChanged, this,
                [&](WorkOrderDetailLoader::State state) {
                    if (state == WorkOrderDetailLoader::State::Loaded)
                        shown << desk.loader()->order().id;
                });
        const int requestsBefore = m_server->requestCount();
        for (int row = 10; row < 15; ++row)
            desk.select(desk.idAt(row));
        const QString last = desk.idAt(14);
        QTRY_VERIFY_WITH_TIMEOUT(desk.shows(last), kWaitMs);
        QTRY_COMPARE(desk.client().requestsOnWire(), 0); // every earlier answer has come or gone
        m_server->setFaults({});
        QVERIFY(m_server->requestCount() > requestsBefore);
        QCOMPARE(shown, QStringList{last});
        QCOMPARE(desk.loader()->order().id, last);
        QCOMPARE(desk.text(u"detailNumber"_s), desk.model().orderAt(14).number);
    }

    void changedRowReloadsTheDetails()
    {
        Desk desk(m_server.get());
        desk.load();
        QTRY_COMPARE(desk.model().rowCount(), 100);
        const QString id = desk.idAt(7);
        desk.select(id);
        QTRY_VERIFY(desk.shows(id));

        // Someone edits the order; the table's row is updated with the server's answer.
        WorkOrderPatch patch;
        patch.setDescription(u"Replace the compressor, then test"_s);
        auto updated = await<ApiResult<WorkOrder>>(
            [&](auto done) { desk.client().updateWorkOrder(id, patch, nullptr, done); });
        QVERIFY(updated.isOk());
        QVERIFY(desk.model().updateOrder(updated.value()));
        QTRY_COMPARE(desk.text(u"detailDescription"_s), u"Replace the compressor, then test"_s);
        QVERIFY(desk.shows(id));
    }

    void keyboardAndViewMenu()
    {
        QList<int> sizes;
        {
            Desk desk(m_server.get());
            desk.load();
            QVERIFY(desk.activate());
            QTRY_COMPARE(desk.model().rowCount(), 100);
            desk.table()->setFocus();
            desk.select(desk.idAt(0));
            QTRY_VERIFY(desk.shows(desk.idAt(0)));

            auto *focus = desk.find<QAction>(u"actionFocusDetails"_s);
            QCOMPARE(focus->shortcut(), QKeySequence(Qt::Key_F6));
            // No other action of the window claims F6.
            for (const QAction *action : desk.window->findChildren<QAction *>())
                if (action != focus)
                    QVERIFY2(!action->shortcuts().contains(QKeySequence(Qt::Key_F6)),
                             qPrintable(action->objectName()));
            QTest::keyClick(desk.window.get(), Qt::Key_F6);
            QTRY_VERIFY(desk.view()->isAncestorOf(QApplication::focusWidget()));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
            QTRY_COMPARE(QApplication::focusWidget(), desk.table());

            auto *splitter = desk.find<QSplitter>(u"mainSplitter"_s);
            QCOMPARE(splitter->orientation(), Qt::Horizontal);
            // The table (or the board in its place) on the left, the details on the right.
            auto *views = qobject_cast<QStackedWidget *>(splitter->widget(0));
            QVERIFY(views);
            QCOMPARE(views->currentWidget(), desk.table());
            QCOMPARE(splitter->widget(1), desk.view());

            auto *toggle = desk.find<QAction>(u"actionShowDetails"_s);
            QVERIFY(toggle->isCheckable() && toggle->isChecked());
            QVERIFY(desk.view()->isVisible());
            toggle->trigger();
            QVERIFY(!desk.view()->isVisible());
            // F6 brings a hidden pane back.
            QTest::keyClick(desk.window.get(), Qt::Key_F6);
            QVERIFY(desk.view()->isVisible());
            QVERIFY(toggle->isChecked());
            toggle->trigger();
            QVERIFY(!toggle->isChecked());
            toggle->trigger(); // shown again for the layout saved below
            QVERIFY(desk.view()->isVisible());
            splitter->setSizes({900, 480});
            sizes = splitter->sizes();
            desk.window->close(); // saves
        }
        {
            Desk desk(m_server.get());
            QVERIFY(desk.find<QAction>(u"actionShowDetails"_s)->isChecked());
            QCOMPARE(desk.find<QSplitter>(u"mainSplitter"_s)->sizes(), sizes);
            desk.find<QAction>(u"actionShowDetails"_s)->trigger(); // hidden when closed
            desk.window->close();
        }
        Desk desk(m_server.get());
        QVERIFY(!desk.find<QAction>(u"actionShowDetails"_s)->isChecked());
        QVERIFY(!desk.view()->isVisible());
        desk.find<QAction>(u"actionShowDetails"_s)->trigger();
        QVERIFY(desk.view()->isVisible());
        QVERIFY(desk.view()->width() > 0);
    }

    void tableShowsMinutesAndAlignsDurations()
    {
        Desk desk(m_server.get());
        desk.load();
        QTRY_COMPARE(desk.model().rowCount(), 100);
        const QRegularExpression seconds(u"\\d:\\d\\d:\\d\\d"_s);
        int scheduled = 0;
        for (int row = 0; row < desk.model().rowCount(); ++row) {
            const WorkOrderSummary &order = desk.model().orderAt(row);
            for (int column :
                 {WorkOrderTableModel::ScheduledColumn, WorkOrderTableModel::CreatedColumn}) {
                const QString text = desk.model().index(row, column).data().toString();
                QVERIFY2(!text.contains(seconds), qPrintable(text));
            }
            if (order.scheduledDate.isValid()) {
                ++scheduled;
                const QString text =
                    desk.model().index(row, WorkOrderTableModel::ScheduledColumn).data().toString();
                QCOMPARE(text, LocalDateTime::shortText(order.scheduledDate));
                QVERIFY2(text.contains(order.scheduledDate.toOffsetFromUtc(kZoneOffsetSeconds)
                                           .toString(u"HH:mm"_s)),
                         qPrintable(text));
            }
        }
        QVERIFY(scheduled > 0);
        const auto alignment = [&](const QVariant &value) {
            return Qt::Alignment(value.toInt()) & Qt::AlignHorizontal_Mask;
        };
        QCOMPARE(alignment(desk.model().headerData(WorkOrderTableModel::DurationColumn,
                                                 Qt::Horizontal, Qt::TextAlignmentRole)),
                 Qt::AlignRight);
        QCOMPARE(alignment(desk.model().index(0, WorkOrderTableModel::DurationColumn)
                               .data(Qt::TextAlignmentRole)),
                 Qt::AlignRight);
    }

    void detailSeenOnlineIsShownOffline()
    {
        // A server of its own: this test stops it.
        sandbox::Options options;
        options.orders = 150;
        auto server = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY(server->start());
        Desk desk(server.get(), /*cached=*/true);
        desk.load();
        QTRY_COMPARE(desk.model().rowCount(), 100);
        QTRY_VERIFY(!desk.model().isLoading());
        const QString seen = desk.idAt(2);
        const QString unseen = desk.idAt(3);

        desk.select(seen);
        QTRY_VERIFY(desk.shows(seen));
        QVERIFY(!desk.loader()->isFromCache());
        const WorkOrder online = desk.loader()->order();
        const QString contact = desk.text(u"detailContact"_s);
        const QStringList tasks =
            taskTexts(desk.find<QWidget>(u"detailTasks"_s), u"detailTaskName"_s);
        // The write-through is asynchronous: wait until the cache holds the full detail.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto cached = await<CacheResult<std::optional<CachedWorkOrder>>>(
                    [&](auto done) { desk.services->store().getWorkOrder(seen, nullptr, done); });
                return cached.isOk() && cached.value() && cached.value()->hasDetail;
            }(),
            kWaitMs);

        server.reset(); // nothing answers any more
        desk.services->monitor().setForcedOffline(true);
        desk.table()->selectionModel()->clearSelection();
        QTRY_VERIFY(!desk.model().isLoading());
        QTRY_VERIFY(desk.model().rowOfId(seen) >= 0);
        desk.select(seen);
        QTRY_VERIFY(desk.shows(seen));
        QVERIFY(desk.loader()->isFromCache());
        QVERIFY(!desk.loader()->isPartial());
        QCOMPARE(desk.text(u"detailNumber"_s), online.number);
        QCOMPARE(desk.text(u"detailContact"_s), contact);
        QCOMPARE(taskTexts(desk.find<QWidget>(u"detailTasks"_s), u"detailTaskName"_s), tasks);
        QCOMPARE(desk.text(u"detailDescription"_s),
                 online.description.isEmpty() ? u"No description"_s : online.description);
        QVERIFY(desk.find<QLabel>(u"detailSource"_s)->isVisible());
        QVERIFY(desk.text(u"detailSource"_s).contains(u"offline cache"_s));

        // An order only listed, never opened: its list fields, and a note saying so.
        desk.select(unseen);
        QTRY_VERIFY(desk.shows(unseen));
        QVERIFY(desk.loader()->isPartial());
        QVERIFY(desk.text(u"detailSource"_s).contains(u"Only the list fields"_s));
    }

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("FENTU_SHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set FENTU_SHOT_DIR to save the screenshot");
        Desk desk(m_server.get());
        desk.load();
        QTRY_COMPARE(desk.model().rowCount(), 100);
        QTRY_VERIFY(!desk.model().isLoading());
        // The richest order of the first rows: most tasks.
        QString best;
        qsizetype most = -1;
        for (int row = 0; row < 30; ++row) {
            auto result = await<ApiResult<WorkOrder>>(
                [&](auto done) { desk.client().getWorkOrder(desk.idAt(row), nullptr, done); });
            if (result.isOk() && result.value().contact && result.value().tasks.size() > most) {
                most = result.value().tasks.size();
                best = desk.idAt(row);
            }
        }
        desk.select(best);
        desk.table()->setFocus();
        QTRY_VERIFY(desk.shows(best));
        QTest::qWait(200); // let the layout settle before the picture
        QDir().mkpath(dir);
        QVERIFY(desk.window->grab().save(QDir(dir).filePath(u"detail.png"_s)));
    }

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
};

QTEST_MAIN(TestDetailView)
#include "tst_detailview.moc"
