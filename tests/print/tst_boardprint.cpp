// File ▸ Export PDF… and File ▸ Print… of the board, in the real window, offscreen, against
// an in-process fentu-sandbox: the actions are there (disabled until the board shows), the
// day sheets of the board's day hold each technician's orders with the details fetched from
// the server (contact and phone, description), and "the board as shown" is a landscape page
// with the technicians' names. The file dialog is bypassed: setNextExportForTesting().
#include "pdftext.h"
#include "synctestsupport.h"
#include "testdesk.h"

#include "boardcontroller.h"
#include "boardpanel.h"
#include "boardprinting.h"

#include "board/boardmodel.h"
#include "settings/appsettings.h"

#include <QCheckBox>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace fentu;
using namespace fentu::test;

class TestBoardPrint : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void actionsAreInTheFileMenuAndFollowTheBoard();
    void exportPdfWritesTheDaySheets();
    void exportPdfWritesTheBoard();
    void daySheetsHoldTheWholeDayAndNameAFilter();

private:
    void showBoard();
    WorkOrder create(int hour, int minutes, const QString &technicianId,
                     const QString &description);
    /// Exports `choice` through actionExportPdf; the PDF's pages.
    QStringList exportPdf(BoardPrinting::Choice choice);

    BoardController *board() const { return m_desk->find<BoardController>(u"boardController"_s); }
    BoardPrinting *printing() const { return m_desk->find<BoardPrinting>(u"boardPrinting"_s); }

    std::unique_ptr<TestDesk> m_desk;
    std::unique_ptr<ApiClient> m_other;
    QList<Technician> m_technicians;
    Customer m_customer;
    QTemporaryDir m_dir;
};

void TestBoardPrint::init()
{
    AppSettings settings;
    settings.setBoardPreferences({});
    settings.setWorkOffline(false);
    m_desk = std::make_unique<TestDesk>(TestDesk::Options{.orders = 20, .startServer = true});
    m_desk->load();
    QTRY_VERIFY_WITH_TIMEOUT(m_desk->loaded(), kWaitMs);
    m_other = m_desk->otherClient();
    const auto customers = await<ApiResult<Page<Customer>>>(
        [&](auto done) { m_other->listCustomers({}, nullptr, done); });
    QVERIFY(customers.isOk() && !customers.value().items.isEmpty());
    // The one-customer lookup names its contacts.
    const auto customer = await<ApiResult<Customer>>([&](auto done) {
        m_other->getCustomer(customers.value().items.first().id, nullptr, done);
    });
    QVERIFY(customer.isOk());
    m_customer = customer.value();
}

void TestBoardPrint::cleanup()
{
    m_other.reset();
    m_desk.reset();
    m_technicians.clear();
    AppSettings().setBoardPreferences({});
}

void TestBoardPrint::showBoard()
{
    m_desk->action(u"actionShowBoard"_s)->trigger();
    BoardModel *model = board()->model();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rows().size() >= 3, kWaitMs);
    m_technicians.clear();
    for (const BoardRow &row : model->rows()) {
        if (!row.unassigned && !row.inactive)
            m_technicians.append(row.technician);
    }
    QVERIFY(m_technicians.size() >= 2);
}

WorkOrder TestBoardPrint::create(int hour, int minutes, const QString &technicianId,
                                 const QString &description)
{
    NewWorkOrder order;
    order.customerId = m_customer.id;
    order.contactId = m_customer.contacts.isEmpty() ? QString() : m_customer.contacts.first().id;
    order.workOrderType = u"repair"_s;
    order.description = description;
    order.scheduledDate = QDateTime(QDate::currentDate(), QTime(hour, 0), Qt::LocalTime).toUTC();
    order.estimatedDuration = minutes;
    order.technicianId = technicianId;
    const auto made = await<ApiResult<WorkOrder>>(
        [&](auto done) { m_other->createWorkOrder(order, nullptr, done); });
    if (!made.isOk())
        qFatal("create failed: %s", qPrintable(made.error().technicalDetail()));
    return orderOn(*m_other, made.value().id); // the number and the customer's name
}

QStringList TestBoardPrint::exportPdf(BoardPrinting::Choice choice)
{
    const QString path =
        m_dir.filePath(choice == BoardPrinting::Choice::Board ? u"board.pdf"_s : u"sheets.pdf"_s);
    QSignalSpy written(printing(), &BoardPrinting::pdfWritten);
    printing()->setNextExportForTesting(choice, path);
    m_desk->action(u"actionExportPdf"_s)->trigger();
    // The board's PDF is written at once, the day sheets after their details arrive.
    if (written.isEmpty() && !written.wait(kWaitMs))
        return {};
    if (!written.first().at(1).toString().isEmpty()) {
        qWarning() << written.first().at(1).toString();
        return {};
    }
    if (const QByteArray shots = qgetenv("FENTU_SHOTS_DIR"); !shots.isEmpty())
        pdfPageToPng(path, 1,
                     QString::fromLocal8Bit(shots) + u"/"_s +
                         (choice == BoardPrinting::Choice::Board ? u"board-print.png"_s
                                                                 : u"daysheet-window.png"_s),
                     100);
    QString error;
    const QStringList pages = pdfPages(path, &error);
    if (pages.isEmpty())
        qWarning() << error;
    return pages;
}

void TestBoardPrint::actionsAreInTheFileMenuAndFollowTheBoard()
{
    QAction *print = m_desk->action(u"actionPrint"_s);
    QAction *exportPdf = m_desk->action(u"actionExportPdf"_s);
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
    QMenu *file = m_desk->window->menuBar()->actions().first()->menu();
    QVERIFY(file->actions().contains(print) && file->actions().contains(exportPdf));
    // The list shows: Print… prints it, Export PDF… is the board's.
    QVERIFY(print->isEnabled() && !exportPdf->isEnabled());
    showBoard();
    QVERIFY(print->isEnabled() && exportPdf->isEnabled());
    m_desk->action(u"actionShowList"_s)->trigger();
    QVERIFY(print->isEnabled() && !exportPdf->isEnabled());
}

void TestBoardPrint::exportPdfWritesTheDaySheets()
{
    showBoard();
    const Technician first = m_technicians.at(0);
    const Technician second = m_technicians.at(1);
    const WorkOrder early = create(8, 60, first.id, u"Boiler <b>x</b> check"_s);
    const WorkOrder clash = create(8, 30, first.id, u"Second job"_s);
    const WorkOrder other = create(13, 90, second.id, u"Radiator"_s);
    board()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(board()->model()->bar(other.id) && board()->model()->bar(clash.id),
                             kWaitMs);

    const QStringList pages = exportPdf(BoardPrinting::Choice::DaySheets);
    QVERIFY(!pages.isEmpty());
    auto pageOf = [&](const Technician &technician) {
        for (const QString &page : pages) {
            if (page.contains(technician.name))
                return page;
        }
        return QString();
    };
    const QString firstPage = pageOf(first);
    QVERIFY2(firstPage.contains(early.number) && firstPage.contains(clash.number),
             qPrintable(firstPage));
    QVERIFY2(firstPage.contains(u"Boiler <b>x</b> check"_s), qPrintable(firstPage));
    QVERIFY2(firstPage.contains(m_customer.name), qPrintable(firstPage));
    QVERIFY2(firstPage.count(u"CLASH"_s) >= 2, qPrintable(firstPage));
    if (!m_customer.contacts.isEmpty() && !m_customer.contacts.first().phone.isEmpty())
        QVERIFY2(firstPage.contains(m_customer.contacts.first().phone), qPrintable(firstPage));
    QVERIFY(!firstPage.contains(other.number));
    const QString secondPage = pageOf(second);
    QVERIFY2(secondPage.contains(other.number) && secondPage.contains(u"Radiator"_s),
             qPrintable(secondPage));
}

void TestBoardPrint::exportPdfWritesTheBoard()
{
    showBoard();
    const QStringList pages = exportPdf(BoardPrinting::Choice::Board);
    QCOMPARE(pages.size(), 1);
    QVERIFY2(pages[0].contains(u"Board: "_s), qPrintable(pages[0]));
    for (const Technician &technician : std::as_const(m_technicians))
        QVERIFY2(pages[0].contains(technician.name), qPrintable(technician.name + pages[0]));
}

void TestBoardPrint::daySheetsHoldTheWholeDayAndNameAFilter()
{
    showBoard();
    const Technician first = m_technicians.at(0);
    const Technician second = m_technicians.at(1);
    const WorkOrder early = create(8, 60, first.id, u"Boiler"_s);
    const WorkOrder clash = create(8, 30, first.id, u"Second job"_s);
    const WorkOrder other = create(13, 90, second.id, u"Radiator"_s);
    board()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(board()->model()->bar(other.id) && board()->model()->bar(clash.id),
                             kWaitMs);

    // "Clashes only" hides the second technician's row on the board, not from the sheets.
    m_desk->find<QCheckBox>(u"boardClashesOnly"_s)->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(!board()->model()->bar(other.id), kWaitMs);
    QStringList pages = exportPdf(BoardPrinting::Choice::DaySheets);
    QVERIFY(!pages.isEmpty());
    const auto pageWith = [&](const QString &text) {
        for (const QString &page : std::as_const(pages)) {
            if (page.contains(text))
                return page;
        }
        return QString();
    };
    QVERIFY2(pageWith(second.name).contains(other.number), qPrintable(pages.join(u"\f")));
    QVERIFY(!pageWith(second.name).contains(u"Only orders matching"_s));
    m_desk->find<QCheckBox>(u"boardClashesOnly"_s)->setChecked(false);

    // A team chosen (Technicians…): its sheets only.
    board()->panel()->setShownTechnicians({first.id});
    pages = exportPdf(BoardPrinting::Choice::DaySheets);
    QVERIFY(!pageWith(first.name).isEmpty());
    QVERIFY2(pageWith(second.name).isEmpty(), qPrintable(pages.join(u"\f")));
    board()->panel()->setShownTechnicians({});

    // A status filter leaves orders out: every sheet says which orders it holds.
    WorkOrderFilter assignedOnly;
    assignedOnly.status = Status::Assigned;
    board()->model()->setFilter(assignedOnly);
    QTRY_VERIFY_WITH_TIMEOUT(!board()->model()->isLoading() && !board()->model()->bar(early.id),
                             kWaitMs);
    pages = exportPdf(BoardPrinting::Choice::DaySheets);
    QVERIFY(!pages.isEmpty());
    for (const QString &page : std::as_const(pages)) {
        const QString flat = page.simplified();
        QVERIFY2(flat.contains(u"Only orders matching: Status: Assigned"_s), qPrintable(flat));
    }
}

QTEST_MAIN(TestBoardPrint)
#include "tst_boardprint.moc"
