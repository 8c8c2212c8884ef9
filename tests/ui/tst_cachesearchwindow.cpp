// The search box of the real window searches every cached order (offscreen, DeskServices
// against an in-process fentu-sandbox, after a sync): an order on a page the table never
// loaded is found by its number; several word starts find exactly the orders whose customer
// holds them all (compared with every order on the server); the status bar says where the
// rows come from; the same search offline gives the same rows; clearing it brings the table
// back.
#include "testdesk.h"
#include "synctestsupport.h"

#include "itemmodels/workordertablemodel.h"
#include "settings/appsettings.h"
#include "sync/syncengine.h"

#include <QCheckBox>
#include <QLabel>
#include <QRegularExpression>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fentu;
using namespace fentu::test;

namespace {

/// Every order on the server, as another dispatcher's client pages them.
QList<WorkOrderSummary> everyOrder(ApiClient &client)
{
    QList<WorkOrderSummary> all;
    for (int page = 1;; ++page) {
        WorkOrderQuery query;
        query.page = page;
        query.perPage = 100;
        const auto got = await<ApiResult<Page<WorkOrderSummary>>>(
            [&](auto done) { client.listWorkOrders(query, nullptr, done); });
        if (!got.isOk() || got.value().items.isEmpty())
            return all;
        all += got.value().items;
    }
}

/// Does every word start a word of `text` (case folded; the customers here have no accents)?
bool startsWordsOf(const QStringList &words, const QString &text)
{
    const QStringList parts = text.toLower().split(QRegularExpression(u"[^\\w]+"_s),
                                                   Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (std::none_of(parts.cbegin(), parts.cend(),
                         [&](const QString &part) { return part.startsWith(word); }))
            return false;
    }
    return true;
}

} // namespace

class TestCacheSearchWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void findsEveryCachedOrderOnlineAndOffline();
    void aNumberNotCachedIsLookedForOnTheServer();

private:
    QStringList shownIds() const;
    void search(const QString &text);

    std::unique_ptr<TestDesk> m_desk;
};

void TestCacheSearchWindow::init()
{
    m_desk = loadedDesk(250);
    QVERIFY(m_desk);
}

void TestCacheSearchWindow::cleanup()
{
    m_desk.reset();
    AppSettings().setWorkOffline(false);
}

QStringList TestCacheSearchWindow::shownIds() const
{
    QStringList ids = m_desk->modelIds();
    ids.sort();
    return ids;
}

void TestCacheSearchWindow::search(const QString &text)
{
    auto *box = m_desk->find<QLineEdit>(u"quickSearch"_s);
    box->clear();
    QTest::keyClicks(box, text);
    // The query goes once the typing pauses; then every page of the matches.
    QTest::qWait(400);
    QTRY_VERIFY_WITH_TIMEOUT(!m_desk->model().isLoading(), kWaitMs);
    while (m_desk->model().canFetchMore({})) {
        m_desk->model().fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!m_desk->model().isLoading(), kWaitMs);
    }
}

void TestCacheSearchWindow::findsEveryCachedOrderOnlineAndOffline()
{
    QVERIFY(m_desk->syncNow());
    auto other = m_desk->otherClient();
    const QList<WorkOrderSummary> all = everyOrder(*other);
    QVERIFY(all.size() >= 250);
    auto *box = m_desk->find<QLineEdit>(u"quickSearch"_s);
    QVERIFY2(box->placeholderText().contains(u"cached"_s), qPrintable(box->placeholderText()));

    // An order the table has not loaded (the last one in list order): found by its number.
    const QStringList loaded = m_desk->modelIds();
    const WorkOrderSummary far = all.last();
    QVERIFY(!loaded.contains(far.id));
    search(far.number);
    QCOMPARE(shownIds(), QStringList{far.id});
    // A number typed whole opens that order: selected, its details shown.
    QTableView *table = m_desk->table();
    QTRY_VERIFY_WITH_TIMEOUT(table->currentIndex().isValid(), kWaitMs);
    QCOMPARE(table->model()->index(table->currentIndex().row(), 0).data().toString(), far.number);
    QVERIFY(table->selectionModel()->isRowSelected(table->currentIndex().row(), {}));
    const QString where = m_desk->find<QLabel>(u"matchLabel"_s)->text();
    QVERIFY2(where.contains(u"cached on this computer"_s), qPrintable(where));
    QTRY_VERIFY2(m_desk->find<QLabel>(u"countLabel"_s)->text().contains(u"1 found"_s),
                 qPrintable(m_desk->find<QLabel>(u"countLabel"_s)->text()));

    // The starts of two words of a customer's name: every order of every customer whose
    // name has both, and no other.
    const QString name = far.customer.name;
    const QStringList words = name.toLower().split(u' ', Qt::SkipEmptyParts);
    QVERIFY(words.size() >= 2);
    const QStringList typed{words[0].left(4), words[1].left(3)};
    QStringList expected;
    for (const WorkOrderSummary &order : all) {
        const QString technician = order.technician ? order.technician->name : QString();
        if (startsWordsOf(typed, order.number + u' ' + order.customer.name + u' ' + technician +
                                     u' ' + order.workOrderType))
            expected.append(order.id);
    }
    expected.sort();
    search(typed.join(u' '));
    m_desk->saveShot(u"search"_s); // with FENTU_SHOTS_DIR: for a person to look at
    // Details (address, contact, notes) may match as well: every expected one is there, and
    // every row shown is an order of the server.
    const QStringList shown = shownIds();
    for (const QString &id : expected)
        QVERIFY2(shown.contains(id), qPrintable(id));
    QVERIFY(shown.size() >= expected.size());

    // With completed and cancelled hidden, "N found" is what the table shows, not the matches
    // the table then narrows.
    m_desk->find<QCheckBox>(u"hideClosed"_s)->click();
    search(typed.join(u' '));
    const int shownOpen = m_desk->table()->model()->rowCount();
    QVERIFY(shownOpen < int(shown.size())); // some matches are closed: they are hidden
    QTRY_VERIFY2(m_desk->find<QLabel>(u"countLabel"_s)->text() ==
                     u"%1 found"_s.arg(shownOpen),
                 qPrintable(m_desk->find<QLabel>(u"countLabel"_s)->text()));
    m_desk->find<QCheckBox>(u"hideClosed"_s)->click();

    // A whole number nobody has: looked for on the server once, then said in words, nothing
    // selected.
    search(u"WO-1999-999"_s);
    QVERIFY(m_desk->modelIds().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_desk->window->statusBar()->currentMessage().contains(
                                 u"not among the orders on the server"_s),
                             kWaitMs);
    search(typed.join(u' '));

    // Offline, the same words find the same orders.
    m_desk->action(u"actionWorkOffline"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_desk->model().isLoading(), kWaitMs);
    search(typed.join(u' '));
    QCOMPARE(shownIds(), shown);
    m_desk->action(u"actionWorkOffline"_s)->trigger();

    // Cleared: the table as it was, the status bar without the search.
    box->clear();
    QTest::qWait(400);
    QTRY_VERIFY_WITH_TIMEOUT(!m_desk->model().isLoading(), kWaitMs);
    QVERIFY(m_desk->model().rowCount() > 1);
    QVERIFY(!m_desk->find<QLabel>(u"matchLabel"_s)->isVisible());
}

void TestCacheSearchWindow::aNumberNotCachedIsLookedForOnTheServer()
{
    // No sync yet: the cache holds the first page the table loaded, not the last order.
    auto other = m_desk->otherClient();
    const QList<WorkOrderSummary> all = everyOrder(*other);
    const WorkOrderSummary far = all.last();
    QVERIFY(!m_desk->modelIds().contains(far.id));
    QSignalSpy synced(&m_desk->services->sync(), &SyncEngine::finished);
    QStringList said; // the status bar's messages, as they come (the sync's own follows)
    connect(m_desk->window->statusBar(), &QStatusBar::messageChanged, this,
            [&said](const QString &text) { said << text; });
    auto *box = m_desk->find<QLineEdit>(u"quickSearch"_s);
    box->setText(far.number);
    QTRY_VERIFY_WITH_TIMEOUT(synced.size() == 1, kWaitMs);
    QVERIFY2(said.join(u'\n').contains(far.number + u" is not cached yet: reading the server's lists"_s),
             qPrintable(said.join(u'\n')));
    // Found once the lists are in: selected, as a cached one would be.
    QTableView *table = m_desk->table();
    QTRY_VERIFY_WITH_TIMEOUT(table->currentIndex().isValid(), kWaitMs);
    QCOMPARE(table->model()->index(table->currentIndex().row(), 0).data().toString(), far.number);
    // The lists only: Sync Now still fetches the details.
    QVERIFY(synced.first().first().value<SyncResult>().detailsSkipped);
    QVERIFY(m_desk->services->sync().fetchesDetails());
}

QTEST_MAIN(TestCacheSearchWindow)
#include "tst_cachesearchwindow.moc"
