#include "workordertableview.h"

#include "pendingmarkdelegate.h"
#include "placeholderdelegate.h"
#include "statusbadgedelegate.h"

#include "itemmodels/workordertablemodel.h"

#include <QHeaderView>

#include <array>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

// Column widths in average characters, so they follow the font: the width before any data
// arrives, and the most that fitting to the first page may give a column.
struct ColumnWidth
{
    int initial;
    int maximum;
};
constexpr std::array<ColumnWidth, WorkOrderTableModel::ColumnCount> kColumnWidths = {{
    {13, 16}, // number
    {13, 16}, // status badge
    {10, 12}, // priority badge
    {26, 32}, // customer
    {18, 22}, // technician
    {17, 22}, // scheduled
    {11, 14}, // duration
    {14, 20}, // type
    {20, 26}, // created
}};
constexpr int kColumnPadding = 12;

/// A badge column is never narrower than its widest badge in the language shown.
void widenToWidestBadge(QTableView *view, int column)
{
    if (const auto *badges =
            qobject_cast<StatusBadgeDelegate *>(view->itemDelegateForColumn(column)))
        view->setColumnWidth(
            column, qMax(view->columnWidth(column), badges->widestBadgeWidth(view->font())));
}

} // namespace

WorkOrderTableView::WorkOrderTableView(QWidget *parent) : QTableView(parent)
{
    setObjectName(u"workOrderTable"_s);
    setAccessibleName(tr("Work orders"));
    // Rows with unsent local edits carry a mark before their number.
    setItemDelegateForColumn(WorkOrderTableModel::NumberColumn, new PendingMarkDelegate(this));
    setItemDelegateForColumn(WorkOrderTableModel::StatusColumn,
                             new StatusBadgeDelegate(StatusBadgeDelegate::Kind::Status, this));
    setItemDelegateForColumn(WorkOrderTableModel::PriorityColumn,
                             new StatusBadgeDelegate(StatusBadgeDelegate::Kind::Priority, this));
    setItemDelegateForColumn(WorkOrderTableModel::TechnicianColumn,
                             new PlaceholderDelegate(tr("Unassigned"), this));
    setItemDelegateForColumn(WorkOrderTableModel::ScheduledColumn,
                             new PlaceholderDelegate(tr("Not scheduled"), this));

    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    // Uniform row heights keep scrolling through thousands of rows cheap.
    QHeaderView *rows = verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 12);

    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    header->setSortIndicatorClearable(true); // a third click gives back the server's order
    header->setSortIndicator(-1, Qt::AscendingOrder);
    setSortingEnabled(true); // the header calls model()->sort(), which the proxy hands on
    applyDefaultColumnWidths();
}

QList<int> WorkOrderTableView::shownColumns() const
{
    const QHeaderView *header = horizontalHeader();
    QList<int> shown;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            shown.append(logical);
    }
    return shown;
}

bool WorkOrderTableView::restoreColumnLayout(const QByteArray &state)
{
    if (horizontalHeader()->restoreState(state))
        m_columnsSized = true;
    return m_columnsSized;
}

void WorkOrderTableView::reset()
{
    QTableView::reset();
    // Left where it was, the scroll bar would sit at the end of the shorter new list, and the
    // view would at once ask for page 2 of a list the user has not looked at yet.
    scrollToTop();
}

void WorkOrderTableView::applyDefaultColumnWidths()
{
    const int charWidth = fontMetrics().averageCharWidth();
    for (int column = 0; column < WorkOrderTableModel::ColumnCount; ++column) {
        setColumnWidth(column, kColumnWidths.at(column).initial * charWidth + kColumnPadding);
        widenToWidestBadge(this, column);
    }
}

void WorkOrderTableView::fitColumnsOnce()
{
    // Dates and durations are as wide as the locale writes them, which no default can know.
    if (m_columnsSized)
        return;
    m_columnsSized = true;
    const int charWidth = fontMetrics().averageCharWidth();
    for (int column = 0; column < WorkOrderTableModel::ColumnCount; ++column) {
        resizeColumnToContents(column); // the header's text and the rows in view
        const int maximum = kColumnWidths.at(column).maximum * charWidth + kColumnPadding;
        setColumnWidth(column, qMin(columnWidth(column) + 2 * kColumnPadding, maximum));
        widenToWidestBadge(this, column);
    }
}

} // namespace fentu
