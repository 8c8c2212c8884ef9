// The day sheets (models/print), written to PDF with QPdfWriter and read back with pdftotext:
// a page per technician and day, each holding that technician's orders only, in time order,
// with number, customer, address, local times, contact and phone, description, notes and
// tasks with boxes to tick; clashes flagged; server text printed as it is, never as markup;
// details that could not be had said so; Unassigned on its own page after the technicians;
// a day without orders says "No orders"; local days across a DST change.
// With FENTU_SHOTS_DIR set, the first page is also saved as daysheet.png for a person to look.
#include "localzone.h"
#include "pdftext.h"

#include "board/boardlayout.h"
#include "print/daysheetprinter.h"
#include "print/daysheets.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fentu;
using namespace fentu::test;

namespace {

const Technician kAda{u"t-ada"_s, u"Ada Lovelace"_s, true};
const Technician kBo{u"t-bo"_s, u"Bo Diddley"_s, true};

WorkOrder order(const QString &id, const QDateTime &start, int minutes,
                std::optional<Technician> technician)
{
    WorkOrder o;
    o.id = id;
    o.number = u"WO-2031-"_s + id;
    o.status = Status::Assigned;
    o.priority = Priority::High;
    o.scheduledDate = start.toUTC();
    o.estimatedDuration = minutes;
    o.technician = std::move(technician);
    o.workOrderType = u"repair"_s;
    o.customer = {u"c-"_s + id, u"Customer "_s + id, u"Street "_s + id + u", Town"_s, {}};
    o.description = u"Fix the thing at "_s + id;
    o.notes = u"Ring twice"_s;
    o.contact = Contact{u"p-"_s + id, u"Contact "_s + id, u"+49 30 555 0"_s + id, {}};
    o.tasks = {{u"k1"_s, u"Check pressure "_s + id, u"pending"_s},
               {u"k2"_s, u"Replace seal "_s + id, u"pending"_s}};
    return o;
}

QDateTime local(QDate day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), Qt::LocalTime);
}

QString time(int hour, int minute = 0)
{
    return QLocale().toString(QTime(hour, minute),
                              QLocale().timeFormat(QLocale::ShortFormat).remove(u":ss"_s));
}

} // namespace

class TestDaySheetPdf : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void eachTechniciansPageHoldsTheirOrders();
    void serverTextIsPrintedLiterally();
    void missingDetailsAreSaidAndEmptyDaysSayNoOrders();
    void localDaysAcrossADstChange();

private:
    /// Lays `orders` out for `span`, builds the sheets with their details (all, unless
    /// `withoutDetail` names some) and writes the PDF; its pages' text.
    QStringList print(const BoardSpan &span, const QList<WorkOrder> &orders,
                      const QStringList &withoutDetail = {});

    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestDaySheetPdf::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

QStringList TestDaySheetPdf::print(const BoardSpan &span, const QList<WorkOrder> &orders,
                                   const QStringList &withoutDetail)
{
    QList<WorkOrderSummary> rows;
    QHash<QString, OrderDetail> details;
    for (const WorkOrder &o : orders) {
        rows.append(o);
        if (withoutDetail.contains(o.id))
            details.insert(o.id, {std::nullopt, u"Details not available offline"_s});
        else
            details.insert(o.id, {o, {}});
    }
    const QList<BoardRow> laid =
        BoardLayout::layOut(span, {kAda, kBo}, rows, local(span.firstDay, 0).addDays(-1));
    const QList<DaySheet> sheets = DaySheets::build(span, laid, details);
    const QString path = m_dir.filePath(u"sheets-%1.pdf"_s.arg(++m_files));
    const QString error = DaySheetPrinter::writePdf(sheets, path);
    if (!error.isEmpty())
        qWarning() << error;
    if (const QByteArray shots = qgetenv("FENTU_SHOTS_DIR"); !shots.isEmpty() && m_files == 1)
        pdfPageToPng(path, 1, QString::fromLocal8Bit(shots) + u"/daysheet.png"_s, 100);
    QString problem;
    const QStringList pages = pdfPages(path, &problem);
    if (pages.isEmpty())
        qWarning() << "pdftotext:" << problem;
    return pages;
}

void TestDaySheetPdf::eachTechniciansPageHoldsTheirOrders()
{
    const QDate day(2031, 5, 6);
    const BoardSpan span{day, 1};
    // Ada: two orders that overlap (a clash), given out of order; Bo: one; and one unassigned.
    const QList<WorkOrder> orders{order(u"2"_s, local(day, 10, 30), 60, kAda),
                                  order(u"1"_s, local(day, 9, 0), 120, kAda),
                                  order(u"3"_s, local(day, 14, 0), 45, kBo),
                                  order(u"4"_s, local(day, 16, 0), 30, std::nullopt)};
    const QStringList pages = print(span, orders);
    QCOMPARE(pages.size(), 3); // Ada, Bo, then Unassigned

    const QString ada = pages[0];
    QVERIFY2(ada.contains(u"Ada Lovelace"_s), qPrintable(ada));
    QVERIFY2(ada.contains(QLocale().toString(day, QLocale::LongFormat)), qPrintable(ada));
    for (const QString &id : {u"1"_s, u"2"_s}) {
        for (const QString &text :
             {u"WO-2031-"_s + id, u"Customer "_s + id, u"Street "_s + id + u", Town"_s,
              u"Contact "_s + id, u"+49 30 555 0"_s + id, u"Fix the thing at "_s + id,
              u"\u2610 Check pressure "_s + id, u"\u2610 Replace seal "_s + id})
            QVERIFY2(ada.contains(text), qPrintable(text + u" missing in:\n"_s + ada));
    }
    QVERIFY2(ada.indexOf(u"WO-2031-1"_s) < ada.indexOf(u"WO-2031-2"_s), qPrintable(ada));
    QVERIFY2(ada.contains(time(9)) && ada.contains(time(11)) && ada.contains(time(10, 30)),
             qPrintable(ada));
    QCOMPARE(ada.count(u"CLASH"_s), 2);
    QVERIFY(!ada.contains(u"WO-2031-3"_s) && !ada.contains(u"WO-2031-4"_s));
    QVERIFY2(ada.contains(u"page 1 of 1"_s), qPrintable(ada));

    const QString bo = pages[1];
    QVERIFY2(bo.contains(u"Bo Diddley"_s) && bo.contains(u"WO-2031-3"_s), qPrintable(bo));
    QVERIFY2(bo.contains(time(14)) && bo.contains(time(14, 45)), qPrintable(bo));
    QVERIFY2(bo.contains(u"+49 30 555 03"_s) && bo.contains(u"\u2610 Check pressure 3"_s),
             qPrintable(bo));
    QVERIFY(!bo.contains(u"CLASH"_s) && !bo.contains(u"WO-2031-1"_s));

    QVERIFY2(pages[2].contains(u"Unassigned"_s) && pages[2].contains(u"WO-2031-4"_s),
             qPrintable(pages[2]));
}

void TestDaySheetPdf::serverTextIsPrintedLiterally()
{
    const QDate day(2031, 5, 6);
    WorkOrder o = order(u"9"_s, local(day, 8), 60, kAda);
    o.customer.name = u"<b>x</b> & Söhne"_s;
    o.description = u"first line\nsecond <i>line</i>"_s;
    o.tasks = {{u"k"_s, u"<script>alert(1)</script>"_s, u"pending"_s}};
    const QStringList pages = print({day, 1}, {o});
    QCOMPARE(pages.size(), 2); // Ada's, and Bo's without orders
    QVERIFY2(pages[0].contains(u"<b>x</b> & Söhne"_s), qPrintable(pages[0]));
    QVERIFY2(pages[0].contains(u"second <i>line</i>"_s), qPrintable(pages[0]));
    QVERIFY2(pages[0].contains(u"\u2610 <script>alert(1)</script>"_s), qPrintable(pages[0]));
}

void TestDaySheetPdf::missingDetailsAreSaidAndEmptyDaysSayNoOrders()
{
    const QDate day(2031, 5, 6);
    // Two days: Ada works on the first only, Bo not at all.
    const QStringList pages = print({day, 2}, {order(u"5"_s, local(day, 8), 60, kAda)}, {u"5"_s});
    QCOMPARE(pages.size(), 4); // Ada day 1, Ada day 2, Bo day 1, Bo day 2
    QVERIFY2(pages[0].contains(u"WO-2031-5"_s) && pages[0].contains(u"Customer 5"_s),
             qPrintable(pages[0]));
    QVERIFY2(pages[0].contains(u"Details not available offline"_s), qPrintable(pages[0]));
    QVERIFY(!pages[0].contains(u"Check pressure"_s));
    QVERIFY2(pages[1].contains(u"Ada Lovelace"_s) && pages[1].contains(u"No orders"_s),
             qPrintable(pages[1]));
    QVERIFY2(pages[1].contains(QLocale().toString(day.addDays(1), QLocale::LongFormat)),
             qPrintable(pages[1]));
    QVERIFY2(pages[2].contains(u"Bo Diddley"_s) && pages[2].contains(u"No orders"_s),
             qPrintable(pages[2]));
    QVERIFY(!pages.join(u'\f').contains(u"Unassigned"_s)); // no page without orders for it

    // Nobody and nothing: still a page that says so.
    const QList<DaySheet> sheets = DaySheets::build({day, 1}, {}, {});
    QCOMPARE(sheets.size(), 1);
    QVERIFY(sheets[0].orders.isEmpty());
}

void TestDaySheetPdf::localDaysAcrossADstChange()
{
    LocalZone berlin("Europe/Berlin");
    // 30 March 2031 is 23 hours long in Berlin. An order at 23:30 belongs to that day, one at
    // 00:30 the next morning to the next; one from 23:00 to 01:00 to both.
    const QDate day(2031, 3, 30);
    const QList<WorkOrder> orders{order(u"6"_s, local(day, 23, 30), 20, kAda),
                                  order(u"7"_s, local(day.addDays(1), 0, 30), 20, kAda),
                                  order(u"8"_s, local(day, 23, 0), 120, kBo)};
    const QStringList pages = print({day, 2}, orders);
    QCOMPARE(pages.size(), 4);
    QVERIFY2(pages[0].contains(u"WO-2031-6"_s) && !pages[0].contains(u"WO-2031-7"_s),
             qPrintable(pages[0]));
    QVERIFY2(pages[1].contains(u"WO-2031-7"_s) && !pages[1].contains(u"WO-2031-6"_s),
             qPrintable(pages[1]));
    QVERIFY2(pages[2].contains(u"WO-2031-8"_s) && pages[3].contains(u"WO-2031-8"_s),
             qPrintable(pages[2] + pages[3]));
}

QTEST_MAIN(TestDaySheetPdf)
#include "tst_daysheetpdf.moc"
