#include "daysheetdocument.h"

#include <QFont>
#include <QLocale>
#include <QTextDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

/// Server text as plain text in HTML: escaped, its line breaks kept.
QString plain(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br/>"_s);
}

/// The locale's short time without seconds (the C locale's short format has them): a sheet
/// plans in minutes.
QString timeFormat()
{
    return QLocale().timeFormat(QLocale::ShortFormat).remove(u":ss"_s);
}

QString localTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime().time(), timeFormat());
}

QString statusName(const WorkOrderSummary &order)
{
    return order.status == Status::Unknown ? order.statusText : statusDisplayName(order.status);
}

QString priorityName(const WorkOrderSummary &order)
{
    return order.priority == Priority::Unknown ? order.priorityText
                                               : priorityDisplayName(order.priority);
}

bool taskIsDone(const Task &task)
{
    const QString status = task.status.trimmed().toLower();
    return status == u"done"_s || status == u"completed"_s || status == u"complete"_s;
}

QString timeCell(const SheetOrder &item, const QDate &day)
{
    const QDateTime start = item.start.toLocalTime();
    const QDateTime end = item.end.toLocalTime();
    // An order that began the day before (or ends the day after) says which day it means.
    QString from = localTime(item.start);
    QString until = localTime(item.end);
    const QString dayAndTime = QLocale().dateFormat(QLocale::ShortFormat) + u' ' + timeFormat();
    if (start.date() != day)
        from = QLocale().toString(start, dayAndTime);
    if (end.date() != day && !(end.date() == day.addDays(1) && end.time() == QTime(0, 0)))
        until = QLocale().toString(end, dayAndTime);
    QString cell = u"<b>%1</b><br/>– %2"_s.arg(from.toHtmlEscaped(), until.toHtmlEscaped());
    if (item.assumedDuration)
        cell += u"<br/><span style=\"color:#555555; font-size:8pt;\">%1</span>"_s.arg(
            DaySheetDocument::tr("duration not given").toHtmlEscaped());
    return cell;
}

QString orderBlock(const SheetOrder &item, const QDate &day)
{
    const WorkOrder &order = item.order;
    QString head = u"<b>%1</b>"_s.arg(plain(order.number.isEmpty() ? order.id : order.number));
    QStringList facts;
    if (!order.workOrderType.isEmpty())
        facts << plain(order.workOrderType);
    if (!statusName(order).isEmpty())
        facts << plain(statusName(order));
    if (!priorityName(order).isEmpty())
        facts << DaySheetDocument::tr("priority %1").arg(plain(priorityName(order)));
    if (!facts.isEmpty())
        head += u" · "_s + facts.join(u" · "_s);
    if (item.clash)
        head += u" <span style=\"color:#b00020;\"><b>%1</b></span>"_s.arg(
            DaySheetDocument::tr("CLASH: overlaps another order").toHtmlEscaped());
    if (item.late)
        head += u" <span style=\"color:#a05a00;\"><b>%1</b></span>"_s.arg(
            DaySheetDocument::tr("LATE").toHtmlEscaped());

    QString where = u"<br/><b>%1</b>"_s.arg(
        plain(order.customer.name.isEmpty() ? order.customer.id : order.customer.name));
    if (!order.customer.address.isEmpty())
        where += u"<br/>"_s + plain(order.customer.address);

    QString body;
    if (!item.detailed) {
        body = u"<p style=\"color:#b00020;\"><i>%1</i></p>"_s.arg(
            plain(item.missingDetail.isEmpty() ? DaySheetDocument::tr("Details not available")
                                               : item.missingDetail));
    } else {
        QString contact;
        if (order.contact) {
            QStringList parts;
            if (!order.contact->name.isEmpty())
                parts << plain(order.contact->name);
            if (!order.contact->phone.isEmpty())
                parts << DaySheetDocument::tr("phone %1").arg(plain(order.contact->phone));
            if (!order.contact->email.isEmpty())
                parts << plain(order.contact->email);
            if (!parts.isEmpty())
                contact = u"<br/>%1 %2"_s.arg(DaySheetDocument::tr("Contact:").toHtmlEscaped(),
                                              parts.join(u", "_s));
        }
        where += contact;
        if (!order.description.isEmpty())
            body += u"<p><b>%1</b> %2</p>"_s.arg(
                DaySheetDocument::tr("Description:").toHtmlEscaped(), plain(order.description));
        if (!order.notes.isEmpty())
            body += u"<p><b>%1</b> %2</p>"_s.arg(DaySheetDocument::tr("Notes:").toHtmlEscaped(),
                                                 plain(order.notes));
        if (!order.tasks.isEmpty()) {
            body += u"<p><b>%1</b>"_s.arg(DaySheetDocument::tr("Tasks:").toHtmlEscaped());
            for (const Task &task : order.tasks) {
                // A box to tick by hand: U+2610, or U+2611 for what the server says is done.
                body += u"<br/>%1&nbsp;%2"_s.arg(taskIsDone(task) ? u"\u2611"_s : u"\u2610"_s,
                                                 plain(task.name));
            }
            body += u"</p>"_s;
        }
        // Room to write: what was done, parts used, the customer's signature.
        body += u"<p style=\"color:#555555;\">%1 "
                "______________________________________________________</p>"_s.arg(
                    DaySheetDocument::tr("Done / remarks:").toHtmlEscaped());
    }

    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" border=\"1\" "
           "style=\"border-color:#999999; border-style:solid; border-collapse:collapse; "
           "margin-bottom:10px;\">"
           "<tr><td width=\"16%\" valign=\"top\">%1</td>"
           "<td valign=\"top\">%2%3%4</td></tr></table>"_s.arg(timeCell(item, day), head, where,
                                                               body);
}

} // namespace

QString DaySheetDocument::title(const DaySheet &sheet)
{
    if (sheet.unassigned)
        return tr("Unassigned");
    if (sheet.technicianName().isEmpty())
        return tr("Day sheet");
    return sheet.technicianName();
}

QString DaySheetDocument::html(const DaySheet &sheet)
{
    QString html = u"<html><body>"_s;
    html += u"<h1 style=\"font-size:16pt; margin-bottom:0px;\">%1</h1>"_s.arg(plain(title(sheet)));
    QString subtitle = QLocale().toString(sheet.day, QLocale::LongFormat).toHtmlEscaped();
    if (!sheet.orders.isEmpty())
        subtitle += u" · "_s + tr("%n order(s)", nullptr, int(sheet.orders.size())).toHtmlEscaped();
    html += u"<p style=\"font-size:11pt; margin-top:2px;\">%1</p>"_s.arg(subtitle);
    if (!sheet.scope.isEmpty())
        html += u"<p style=\"font-size:10pt;\"><i>%1</i></p>"_s.arg(
            tr("Only orders matching: %1").arg(sheet.scope).toHtmlEscaped());
    if (sheet.orders.isEmpty())
        html +=
            u"<p style=\"font-size:12pt;\"><b>%1</b></p>"_s.arg(tr("No orders").toHtmlEscaped());
    for (const SheetOrder &item : sheet.orders)
        html += orderBlock(item, sheet.day);
    html += u"</body></html>"_s;
    return html;
}

std::unique_ptr<QTextDocument> DaySheetDocument::create(const DaySheet &sheet)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font = document->defaultFont();
    font.setPointSizeF(10);
    document->setDefaultFont(font);
    document->setDocumentMargin(0); // the page has margins of its own
    document->setHtml(html(sheet));
    return document;
}

} // namespace fentu
