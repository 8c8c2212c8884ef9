// File ▸ Print… while the table shows (offscreen, DeskServices against an in-process
// fentu-sandbox): the list of the view — every page of it, not only the rows loaded — in the
// table's columns, the filter and the time of the data at the top of every page, the column
// titles repeated, read back from the PDF with pdftotext.
#include "pdftext.h"
#include "synctestsupport.h"
#include "testdesk.h"

#include "listprinting.h"

#include "itemmodels/workordertablemodel.h"
#include "itemmodels/workordercolumns.h"

#include <QCheckBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fentu;
using namespace fentu::test;

class TestListPrint : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void printsEveryOrderOfTheViewWithItsFilterOnEveryPage();

private:
    std::unique_ptr<TestDesk> m_desk;
    QTemporaryDir m_dir;
};

void TestListPrint::init()
{
    m_desk = loadedDesk(250);
    QVERIFY(m_desk);
}

void TestListPrint::cleanup()
{
    m_desk.reset();
}

void TestListPrint::printsEveryOrderOfTheViewWithItsFilterOnEveryPage()
{
    // The open work (completed and cancelled hidden): more than the table loads at first,
    // fewer than the limit. Every number, read through all pages once; then the table is
    // back to its first page.
    m_desk->find<QCheckBox>(u"hideClosed"_s)->setChecked(true); // as a dispatcher does
    QTRY_VERIFY_WITH_TIMEOUT(!m_desk->model().isLoading(), kWaitMs);
    while (m_desk->model().canFetchMore({})) {
        m_desk->model().fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!m_desk->model().isLoading(), kWaitMs);
    }
    // What the table shows (hiding closed ones is the table's own narrowing, not the model's).
    const QAbstractItemModel *shown = m_desk->table()->model();
    QStringList numbers;
    for (int row = 0; row < shown->rowCount(); ++row)
        numbers.append(shown->index(row, WorkOrderTableModel::NumberColumn).data().toString());
    m_desk->model().refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_desk->model().isLoading() && m_desk->model().rowCount() > 0,
                             kWaitMs);
    QVERIFY2(m_desk->table()->model()->rowCount() < numbers.size(),
             qPrintable(u"%1 shown of %2"_s.arg(m_desk->table()->model()->rowCount())
                            .arg(numbers.size())));

    auto *printing = m_desk->find<ListPrinting>(u"listPrinting"_s);
    const QString path = m_dir.filePath(u"list.pdf"_s);
    printing->setNextPdfForTesting(path);
    QSignalSpy written(printing, &ListPrinting::pdfWritten);
    QAction *print = m_desk->action(u"actionPrint"_s);
    QVERIFY(print->isEnabled()); // the list shows
    print->trigger();
    QVERIFY(written.wait(kWaitMs) || !written.isEmpty());
    QCOMPARE(written.first().at(1).toString(), QString());

    QString error;
    const QStringList pages = pdfPages(path, &error);
    QVERIFY2(pages.size() > 1, qPrintable(error)); // a long list goes on over pages
    const QString number = WorkOrderColumns::headerText(WorkOrderTableModel::NumberColumn);
    for (const QString &page : pages) {
        const QString flat = page.simplified();
        QVERIFY2(flat.contains(u"Completed and cancelled hidden"_s), qPrintable(flat.left(300)));
        QVERIFY2(flat.contains(u"data as of"_s), qPrintable(flat.left(300)));
        QVERIFY2(flat.contains(number), qPrintable(flat.left(300))); // the titles, repeated
    }
    // Every order of the view, not only the rows loaded.
    const QString all = pages.join(u'\n');
    for (const QString &text : std::as_const(numbers))
        QVERIFY2(all.contains(text), qPrintable(text));
    QCOMPARE(all.count(u"WO-20"_s), numbers.size()); // and no other
}

QTEST_MAIN(TestListPrint)
#include "tst_listprint.moc"
