#pragma once

#include "views/savedview.h"

#include <QTableView>

namespace fentu {

/// The work order table as the main window shows it: status and priority badges, placeholders
/// for missing values, sortable and movable columns, uniform rows, and column widths that
/// follow the font and, once, the first page's contents.
class WorkOrderTableView : public QTableView
{
    Q_OBJECT
public:
    explicit WorkOrderTableView(QWidget *parent = nullptr);

    /// The columns shown, in the order shown (WorkOrderTableModel::Column values): what the
    /// list's export and printout take.
    QList<int> shownColumns() const;
    /// Every column in the order shown, with its width and whether it is hidden (a saved view).
    QList<ViewColumn> columnLayout() const;
    /// Shows the columns of `layout` in its order, widths and hidden state; columns it does not
    /// name keep their place after them. An empty layout changes nothing.
    void setColumnLayout(const QList<ViewColumn> &layout);
    /// Restores a layout saved from horizontalHeader()->saveState(); false if there was none.
    bool restoreColumnLayout(const QByteArray &state);
    /// Fits the columns to the rows in view, each within a sensible maximum; does nothing once
    /// a layout was restored or fitted, so it never undoes the user's own widths.
    void fitColumnsOnce();

    /// A new list (refresh, another filter, online/offline switch) starts at its top.
    void reset() override;

    /// The header's menu of columns to show or hide (a right-click on the header).
    void showColumnsMenu(const QPoint &globalPos);

private:
    void applyDefaultColumnWidths();

    bool m_columnsSized = false;
};

} // namespace fentu
