// The real main window, offscreen, against an in-process fentu-sandbox: rows, paging by
// scrolling, the error bar, quick search, sorting, keyboard and the saved column layout.

#include "badgestyle.h"
#include "mainwindow.h"
#include "testdesk.h"
#include "testsettings.h"

#include "api/apiclient.h"
#include "itemmodels/workordertablemodel.h"
#include "sandboxserver.h"
#include "settings/appsettings.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace fentu;
using namespace Qt::StringLiterals;

namespace {

constexpr int kOrders = 530; // five full pages of 100 and a partial one

/// The window on the table alone, against the API (no cache, no editing), as fentu-desk
/// shows it, with what these tests read of it.
struct Desk : test::TestDesk
{
    explicit Desk(sandbox::SandboxServer *server, const QString &key = {})
        : TestDesk({.services = Services::TableOnly, .server = server, .apiKey = key, .size = {}})
    {
    }

    QWidget *errorBar() const { return find<QWidget>(u"errorBar"_s); }
    QString errorMessage() const { return find<QLabel>(u"errorMessage"_s)->text(); }
    int shownRows() const { return table()->model()->rowCount(); }
    QString shownText(int row, int column) const
    {
        return table()->model()->index(row, column).data().toString();
    }
};

// A message a dispatcher can act on: a sentence, no secrets, no codes or class names.
void verifyPlainWords(const QString &message, const QString &key)
{
    QVERIFY2(message.size() > 20, qPrintable(message));
    QVERIFY2(message.endsWith(u'.'), qPrintable(message));
    QVERIFY2(!message.contains(key), "the message shows the API key");
    for (const auto &jargon : {u"QNetwork"_s, u"Error"_s, u"::"_s, u"errno"_s})
        QVERIFY2(!message.contains(jargon), qPrintable(message));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::useTestSettings(u"Fentu Desk Test"_s);
        QVERIFY2(AppSettings().fileName().contains(u"/.qttest/"_s),
                 qPrintable(AppSettings().fileName()));
        QString error;
        m_server = test::startedSandbox(kOrders, &error);
        QVERIFY2(m_server != nullptr, qPrintable(error));
    }

    void init() { QSettings(u"Fentu"_s, u"Fentu Desk"_s).clear(); } // AppSettings' file

    void rowsAppearWithCountAndConnection()
    {
        Desk desk(m_server.get());
        desk.load();
        QTRY_COMPARE(desk.shownRows(), 100);
        QTRY_VERIFY(!desk.model().isLoading());
        QVERIFY(!desk.shownText(0, WorkOrderTableModel::NumberColumn).isEmpty());
        QVERIFY(!desk.shownText(0, WorkOrderTableModel::StatusColumn).isEmpty());
        QVERIFY(desk.find<QLabel>(u"countLabel"_s)->text().contains(QLocale().toString(kOrders)));
        QVERIFY(desk.connectionText().contains(QString::number(m_server->port())));
        QVERIFY(!desk.errorBar()->isVisible());
        QVERIFY(!desk.find<QProgressBar>(u"busyIndicator"_s)->isVisible());
    }

    void busyIndicatorShowsWhileAPageLoads()
    {
        Desk desk(m_server.get());
        auto *busy = desk.find<QProgressBar>(u"busyIndicator"_s);
        QVERIFY(!busy->isVisible());
        desk.load();
        QVERIFY(desk.model().isLoading());
        QVERIFY(busy->isVisible());
        QTRY_VERIFY(!desk.model().isLoading());
        QVERIFY(!busy->isVisible());
    }

    void scrollingToTheEndLoadsEveryPageOnce()
    {
        Desk desk(m_server.get());
        desk.load();
        QTRY_COMPARE(desk.shownRows(), 100);
        QScrollBar *bar = desk.table()->verticalScrollBar();
        for (int expected = 200; expected <= kOrders + 99; expected += 100) {
            QTRY_VERIFY(!desk.model().isLoading());
            QTRY_VERIFY(bar->value() < bar->maximum()); // the view has laid out the new rows
            bar->setValue(bar->maximum());
            QTRY_COMPARE(desk.shownRows(), qMin(expected, kOrders));
        }
        QTRY_VERIFY(!desk.model().isLoading());
        QVERIFY(!desk.model().canFetchMore({}));
        bar->setValue(bar->maximum()); // fetchMore would start a page at once: none may start
        QVERIFY(!desk.model().isLoading());
        QCOMPARE(desk.shownRows(), kOrders);

        QSet<QString> ids;
        for (int row = 0; row < desk.shownRows(); ++row)
            ids.insert(
                desk.table()->model()->index(row, 0).data(WorkOrderTableModel::IdRole).toString());
        QCOMPARE(ids.size(), kOrders);
    }

    void wrongKeyShowsPlainErrorAndRetryRecovers()
    {
        const QString wrongKey = u"not-the-key-4711"_s;
        Desk desk(m_server.get(), wrongKey);
        desk.load();
        QTRY_VERIFY(desk.errorBar()->isVisible());
        QCOMPARE(desk.model().lastError().httpStatus(), 401);
        QCOMPARE(desk.errorMessage(), desk.model().lastError().userMessage());
        verifyPlainWords(desk.errorMessage(), wrongKey);
        QVERIFY(
            !desk.errorMessage().contains(QRegularExpression(u"\\b401\\b"_s))); // no status code
        QVERIFY(desk.connectionText().contains(u"refused"_s));
        QCOMPARE(desk.shownRows(), 0);

        desk.client().setApiKey(m_server->options().key);
        auto *retry = desk.find<QPushButton>(u"retryButton"_s);
        QVERIFY(retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE(desk.shownRows(), 100);
        QVERIFY(!desk.errorBar()->isVisible());
        QVERIFY(desk.connectionText().contains(QString::number(m_server->port())));
    }

    void dismissHidesTheErrorBar()
    {
        Desk desk(m_server.get(), u"wrong"_s);
        desk.load();
        QTRY_VERIFY(desk.errorBar()->isVisible());
        QTest::mouseClick(desk.find<QPushButton>(u"dismissButton"_s), Qt::LeftButton);
        QVERIFY(!desk.errorBar()->isVisible());
    }

    void stoppedServerShowsPlainError()
    {
        sandbox::Options options;
        options.orders = 150;
        auto server = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY(server->start());
        const QString key = server->options().key;
        Desk desk(server.get());
        QVERIFY(desk.activate());
        desk.load();
        QTRY_COMPARE(desk.shownRows(), 100);
        QTRY_VERIFY(!desk.model().isLoading());

        server.reset(); // the server goes away under the running window
        QTest::keyClick(desk.table(), Qt::Key_F5);
        QTRY_VERIFY(desk.errorBar()->isVisible());
        const ApiError::Kind kind = desk.model().lastError().kind();
        QVERIFY(kind == ApiError::Kind::ConnectionRefused || kind == ApiError::Kind::Network);
        QCOMPARE(desk.errorMessage(), desk.model().lastError().userMessage());
        verifyPlainWords(desk.errorMessage(), key);
        QVERIFY(desk.connectionText().startsWith(u"Cannot reach"_s));
    }

    void quickSearchNarrowsRows()
    {
        Desk desk(m_server.get());
        desk.load();
        QTRY_COMPARE(desk.shownRows(), 100);
        const QString customer = desk.shownText(0, WorkOrderTableModel::CustomerColumn);
        QVERIFY(!customer.isEmpty());

        auto *search = desk.find<QLineEdit>(u"quickSearch"_s);
        QVERIFY(desk.activate());
        QTest::keyClick(desk.window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, customer.toLower());
        QVERIFY(desk.shownRows() > 0);
        QVERIFY(desk.shownRows() < 100);
        for (int row = 0; row < desk.shownRows(); ++row) {
            const QStringList fields = {
                desk.shownText(row, WorkOrderTableModel::NumberColumn),
                desk.shownText(row, WorkOrderTableModel::CustomerColumn),
                desk.shownText(row, WorkOrderTableModel::TechnicianColumn),
                desk.shownText(row, WorkOrderTableModel::TypeColumn),
            };
            QVERIFY2(fields.join(u'\n').contains(customer, Qt::CaseInsensitive),
                     qPrintable(fields.join(u", ")));
        }
        QVERIFY(desk.find<QLabel>(u"matchLabel"_s)->isVisible());

        // Escape clears the search: every loaded row is back.
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QCOMPARE(desk.shownRows(), 100);
        QVERIFY(!desk.find<QLabel>(u"matchLabel"_s)->isVisible());
    }

    void clickingAHeaderSortsByThatColumn()
    {
        Desk desk(m_server.get());
        desk.load();
        QTRY_COMPARE(desk.shownRows(), 100);
        QTRY_VERIFY(!desk.model().isLoading());
        const int column = WorkOrderTableModel::CreatedColumn;
        const auto ids = [&] {
            QStringList list;
            for (int row = 0; row < desk.shownRows(); ++row)
                list << desk.table()
                            ->model()
                            ->index(row, 0)
                            .data(WorkOrderTableModel::IdRole)
                            .toString();
            return list;
        };
        const QStringList serverOrder = ids();

        QHeaderView *header = desk.table()->horizontalHeader();
        const auto clickHeader = [&] {
            const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(x, header->height() / 2));
        };
        // Compared on the raw value (a QDateTime), as the model sorts, not on display text.
        const auto verifySorted = [&](Qt::SortOrder order) {
            for (int row = 1; row < desk.shownRows(); ++row) {
                const auto raw = [&](int r) {
                    return desk.table()
                        ->model()
                        ->index(r, column)
                        .data(WorkOrderTableModel::RawValueRole)
                        .toDateTime();
                };
                const QDateTime a = raw(row - 1);
                const QDateTime b = raw(row);
                QVERIFY(a.isValid() && b.isValid());
                QVERIFY2(order == Qt::AscendingOrder ? a <= b : a >= b,
                         qPrintable(a.toString(Qt::ISODate) + u" / "_s + b.toString(Qt::ISODate)));
            }
        };

        clickHeader();
        QCOMPARE(header->sortIndicatorSection(), column);
        const Qt::SortOrder first = header->sortIndicatorOrder();
        verifySorted(first);
        const QStringList firstOrder = ids();
        clickHeader();
        QVERIFY(header->sortIndicatorOrder() != first);
        verifySorted(header->sortIndicatorOrder());
        const QStringList secondOrder = ids();
        // The source model did the sorting (on raw values); the proxy only passes its order on.
        for (int row = 0; row < desk.shownRows(); ++row)
            QCOMPARE(desk.model().index(row, 0).data(WorkOrderTableModel::IdRole).toString(),
                     secondOrder.at(row));
        // Sorting reordered the rows (the server lists by schedule, not by creation) and kept
        // every one of them.
        QVERIFY(firstOrder != serverOrder || secondOrder != serverOrder);
        QCOMPARE(QSet<QString>(secondOrder.begin(), secondOrder.end()),
                 QSet<QString>(serverOrder.begin(), serverOrder.end()));
    }

    void keyboardF5RefreshesAndTableHasFocus()
    {
        Desk desk(m_server.get());
        desk.load();
        QVERIFY(desk.activate());
        QCOMPARE(QApplication::focusWidget(), desk.table());
        QTRY_COMPARE(desk.shownRows(), 100);
        QScrollBar *bar = desk.table()->verticalScrollBar();
        QTRY_VERIFY(!desk.model().isLoading());
        QTRY_VERIFY(bar->value() < bar->maximum());
        bar->setValue(bar->maximum());
        QTRY_COMPARE(desk.shownRows(), 200);
        QTRY_VERIFY(!desk.model().isLoading());

        QSignalSpy pages(&desk.model(), &WorkOrderTableModel::pageLoaded);
        const int requestsBefore = m_server->requestCount();
        QTest::keyClick(desk.window.get(), Qt::Key_F5);
        QTRY_COMPARE(pages.size(), 1);
        QCOMPARE(pages.first().first().toInt(), 1); // back to page 1
        QCOMPARE(desk.shownRows(), 100);
        QVERIFY(m_server->requestCount() > requestsBefore);

        // Ctrl+R does the same.
        pages.clear();
        QTest::keyClick(desk.window.get(), Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE(pages.size(), 1);
    }

    void everyActionHasAShortcut()
    {
        Desk desk(m_server.get());
        for (const auto &name :
             {u"actionNew"_s, u"actionEdit"_s, u"actionDelete"_s, u"actionRefresh"_s,
              u"actionFind"_s, u"actionSettings"_s, u"actionQuit"_s}) {
            auto *action = desk.find<QAction>(name);
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(name));
            QVERIFY2(!action->text().isEmpty(), qPrintable(name));
        }
        QCOMPARE(
            desk.find<QAction>(u"actionRefresh"_s)->shortcuts(),
            (QList<QKeySequence>{QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)}));
    }

    void badgeColumnsFitTheLongestTranslatedName()
    {
        // German "Dringend" / "Zugewiesen" are longer than any English name; fitting the
        // columns to page 1 once cut them to "Dringe…".
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(FENTU_GERMAN_QM)));
        QCoreApplication::installTranslator(&german);
        const auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });
        QCOMPARE(priorityDisplayName(Priority::Urgent), u"Dringend"_s);

        Desk desk(m_server.get());
        desk.load();
        QTRY_COMPARE(desk.shownRows(), 100);
        QTRY_VERIFY(!desk.model().isLoading());
        // The badge's text, in the badge's font, plus its padding (8 px a side) and the cell's
        // margin around the badge (4 px a side).
        const auto needed = [&](const BadgeStyle &style, const QString &name) {
            QFont font = desk.table()->font();
            font.setBold(style.bold);
            return QFontMetrics(font).horizontalAdvance(name) + 2 * (8 + 4);
        };
        const int priorityWidth = desk.table()->columnWidth(WorkOrderTableModel::PriorityColumn);
        for (const Priority priority : kAllPriorities)
            QVERIFY2(priorityWidth >= needed(badgeStyle(priority, ColourScheme::Light),
                                              priorityDisplayName(priority)),
                     qPrintable(priorityDisplayName(priority)));
        const int statusWidth = desk.table()->columnWidth(WorkOrderTableModel::StatusColumn);
        for (const Status status : kAllStatuses)
            QVERIFY2(statusWidth >= needed(badgeStyle(status, ColourScheme::Light),
                                            statusDisplayName(status)),
                     qPrintable(statusDisplayName(status)));
    }

    void columnLayoutIsRestored()
    {
        const int column = WorkOrderTableModel::CustomerColumn;
        {
            Desk desk(m_server.get());
            QHeaderView *header = desk.table()->horizontalHeader();
            header->resizeSection(column, 333);
            header->moveSection(header->visualIndex(WorkOrderTableModel::TypeColumn), 0);
            desk.window->close(); // saves
        }
        Desk desk(m_server.get());
        QHeaderView *header = desk.table()->horizontalHeader();
        QCOMPARE(header->sectionSize(column), 333);
        QCOMPARE(header->visualIndex(WorkOrderTableModel::TypeColumn), 0);
    }

    void notConfiguredSaysHowToStart()
    {
        test::TestDesk desk({.services = test::TestDesk::Services::TableOnly, .size = {}});
        MainWindow &window = *desk.window;
        window.showNotConfigured();
        auto *bar = window.findChild<QWidget *>(u"errorBar"_s);
        QVERIFY(bar->isVisible());
        const QString message = window.findChild<QLabel *>(u"errorMessage"_s)->text();
        QVERIFY(message.contains(u"--base-url"_s));
        QVERIFY(message.contains(u"FENTU_API_KEY"_s));
        QVERIFY(!window.findChild<QPushButton *>(u"retryButton"_s)->isVisible());
        QVERIFY(!window.findChild<QAction *>(u"actionRefresh"_s)->isEnabled());
    }

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
