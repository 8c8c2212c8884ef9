#pragma once

#include "board/boardmodel.h"
#include "board/boardtimescale.h"
#include "settings/boardpreferences.h"

#include <QGraphicsView>
#include <QHash>
#include <QPointer>
#include <QTimer>

class QGraphicsRectItem;

namespace fentu {

class BoardBarItem;

/// The schedule board's canvas: technician rows (the Unassigned tray first) down, the span's
/// days across, the width always fitted to the window (no sideways scrolling). Orders are bars
/// (BoardBarItem); rows, grid, booked time and the current-time line are painted around them.
///
/// Mouse: click selects (Ctrl adds), drag moves along time (snapping) and to another row,
/// Escape cancels a drag, double-click opens; orders dragged from the "Not scheduled" list
/// (BoardWaitingList) are scheduled where they are dropped. Keyboard: arrows walk between
/// bars (Left/Right in time, Up/Down across rows), Shift+arrows add the next bar to the
/// selection, Space adds or removes the current bar from the selection, Ctrl+arrows move the selection one snap step or one row at a time and place
/// it, as one move, when Ctrl is let go or the keys rest (Escape cancels), Return opens, + and
/// - zoom, T goes to today. Every move is asked of the BoardModel, which writes it; the view
/// redraws from the model.
class BoardView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit BoardView(BoardModel *model, QWidget *parent = nullptr);

    void setPreferences(const BoardPreferences &preferences);
    const BoardTimeScale &scale() const { return m_scale; }
    /// The width of the row headers, where the time scale starts (the axis lines up with it).
    int headerWidth() const;

    QStringList selectedIds() const { return m_selected; }
    QList<WorkOrderSummary> selectedOrders() const;
    QString currentId() const { return m_current; }
    /// Selects `id` alone and makes it current (scrolls it into view).
    void selectOnly(const QString &id);
    void clearSelection();

    // For tests and the accessibility text: where things are.
    BoardBarItem *barItem(const QString &orderId) const;
    /// The centre of a bar in viewport coordinates; null point when it is not shown.
    QPoint barCentre(const QString &orderId) const;
    /// The middle of a row's empty time at `instant`, in viewport coordinates.
    QPoint rowPoint(int row, const QDateTime &instant) const;
    /// The row under a viewport y, or -1.
    int rowAtViewportY(int y) const;
    bool isDragging() const { return m_drag.active; }
    /// A Ctrl+arrow move shown but not yet placed (Ctrl still held, the keys not yet at rest).
    bool hasPendingKeyboardMove() const { return m_drag.active && m_drag.keyboard; }
    /// Before the rows or the days change: a pending keyboard move is placed, a mouse drag
    /// cancelled (its target would move away under the hand).
    void settleMove();
    /// Escape's work: the drag or keyboard move in progress is dropped, nothing written.
    void cancelMove();

signals:
    void selectionChanged(const QStringList &ids);
    void activated(const QString &orderId);
    void contextMenuRequested(const QPoint &globalPos);
    /// +1 zoom in (fewer days), -1 zoom out.
    void zoomRequested(int step);
    void todayRequested();
    /// The columns changed (a resize, the preferences): the time axis repaints.
    void scaleChanged();
    /// While dragging: where the selection would land, in words; empty when the drag ends.
    void dragHint(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    // Orders dragged from the "Not scheduled" list: dropped on a row at a time.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    /// A row as the scene was last built. While a drag or a keyboard move is on, the scene is
    /// not rebuilt (the bars stay under the hand) but the model's rows may change (a re-read,
    /// "Clashes only"): the move aims at the row the user sees, so it reads these.
    struct RowBox
    {
        qreal top = 0;
        qreal height = 0;
        QString technicianId; // "" for the tray
        bool unassigned = false;
        QString name;
        int laneCount = 1;
    };
    struct Drag
    {
        bool pressed = false;
        bool active = false;
        QPoint pressPos;       // viewport
        QString anchorId;      // the bar pressed
        int anchorRow = -1;
        qint64 shiftSeconds = 0;
        int targetRow = -1;
        bool keyboard = false; // Ctrl+arrows: placed when Ctrl is let go or the keys rest
    };

    void rebuild();
    void updateMarks();
    qreal laneHeight() const;
    qreal barTop(int row, int lane) const;
    QRectF barRect(int row, const BoardBar &bar) const;
    void setSelection(const QStringList &ids, const QString &current);
    void walk(int dx, int dy, bool extend = false);
    void moveSelection(qint64 shiftSeconds, int rowStep);
    void updateDrag(const QPoint &viewportPos);
    /// Shows the selection where the drag or keyboard move would put it, with a card saying
    /// where (beside `cardAt`, viewport coordinates).
    void showMovePreview(const QPoint &cardAt);
    void finishDrag(bool apply);
    /// Where orders dropped at a viewport point would go: a row and a snapped start; row -1
    /// when the point is on no row's time.
    std::pair<int, QDateTime> dropTarget(const QPoint &viewportPos) const;
    QString rowName(int row) const;
    void paintRowHeader(QPainter *painter, int row, const QRectF &box) const;
    void paintLoad(QPainter *painter, const BoardRow &row, const QRectF &band) const;

    QPointer<BoardModel> m_model;
    BoardPreferences m_preferences;
    BoardTimeScale m_scale;
    QList<RowBox> m_rowBoxes;
    QHash<QString, BoardBarItem *> m_items;
    QHash<QString, int> m_itemRows; // the row each bar was built in
    QTimer *m_keyMoveCommit = nullptr;
    QStringList m_selected; // in selection order
    QString m_current;
    Drag m_drag;
    bool m_rebuildAfterDrag = false;
    QGraphicsRectItem *m_dragLabel = nullptr;
};

} // namespace fentu
