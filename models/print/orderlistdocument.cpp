#include "print/orderlistdocument.h"

#include "itemmodels/workordercolumns.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace fentu {

std::unique_ptr<QTextDocument> OrderListDocument::create(const QString &title,
                                                         const QList<WorkOrderSummary> &orders,
                                                         const QList<int> &columns)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font = document->defaultFont();
    font.setPixelSize(11);
    document->setDefaultFont(font);
    QTextCursor cursor(document.get());
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    heading.setFontPointSize(13);
    // insertText(): the title quotes the filter (customer names) and stays text.
    cursor.insertText(title, heading);
    cursor.insertBlock();

    QTextTableFormat format;
    format.setHeaderRowCount(1); // repeated at the top of every page
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setBorder(0.5);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    const int columnCount = std::max<int>(1, int(columns.size()));
    QTextTable *table = cursor.insertTable(int(orders.size()) + 1, columnCount, format);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    for (int c = 0; c < columns.size(); ++c)
        table->cellAt(0, c).firstCursorPosition().insertText(
            WorkOrderColumns::headerText(columns[c]), bold);
    for (int r = 0; r < orders.size(); ++r) {
        for (int c = 0; c < columns.size(); ++c)
            table->cellAt(r + 1, c).firstCursorPosition().insertText(
                WorkOrderColumns::displayText(orders[r], columns[c]));
    }
    return document;
}

} // namespace fentu
