#include "workordertableview.h"

#include "pendingmarkdelegate.h"
#include "placeholderdelegate.h"
#include "statusbadgedelegate.h"

#include "itemmodels/workordertablemodel.h"

#include <QHeaderView>
#include <QMenu>

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
    // Right-click on the header (or the menu key there): which columns show.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &at) { showColumnsMenu(horizontalHeader()->mapToGlobal(at)); });
}

void WorkOrderTableView::showColumnsMenu(const QPoint &globalPos)
{
    QHeaderView *header = horizontalHeader();
    auto *menu = new QMenu(this);
    menu->setObjectName(u"columnsMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const int shown = int(shownColumns().size());
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        // Header text comes from the model, in the user's language; never markup in a menu.
        QString title = model() ? model()->headerData(logical, Qt::Horizontal).toString() : QString();
        QAction *action = menu->addAction(title.replace(u'&', u"&&"_s));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(logical));
        action->setEnabled(header->isSectionHidden(logical) || shown > 1); // one always stays
        connect(action, &QAction::toggled, this, [this, logical](bool visible) {
            horizontalHeader()->setSectionHidden(logical, !visible);
            if (visible && horizontalHeader()->sectionSize(logical) < 20)
                setColumnWidth(logical, kColumnWidths.at(size_t(logical)).initial *
                                                fontMetrics().averageCharWidth() +
                                            kColumnPadding);
        });
    }
    menu->popup(globalPos);
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

QList<ViewColumn> WorkOrderTableView::columnLayout() const
{
    const QHeaderView *header = horizontalHeader();
    QList<ViewColumn> layout;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        const bool hidden = header->isSectionHidden(logical);
        // A hidden section has no size; 0 means "as it is" when the view is shown again.
        layout.append({logical, hidden ? 0 : header->sectionSize(logical), hidden});
    }
    return layout;
}

void WorkOrderTableView::setColumnLayout(const QList<ViewColumn> &layout)
{
    QHeaderView *header = horizontalHeader();
    const bool anyShown = std::any_of(layout.cbegin(), layout.cend(), [header](const ViewColumn &c) {
        return c.column >= 0 && c.column < header->count() && !c.hidden;
    });
    if (!anyShown)
        return; // never a table without a single column
    int visual = 0;
    for (const ViewColumn &column : layout) {
        if (column.column < 0 || column.column >= header->count())
            continue;
        header->moveSection(header->visualIndex(column.column), visual++);
        header->setSectionHidden(column.column, column.hidden);
        if (!column.hidden && column.width > 0)
            header->resizeSection(column.column, column.width);
    }
    m_columnsSized = true; // the view's widths, not a fit to the first page
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
